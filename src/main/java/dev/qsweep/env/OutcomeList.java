package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkState;

import java.util.Arrays;

/**
 * The outcomes a {@link TabularModel.Builder} collects, in the order they are added, as growable
 * primitive columns; {@link #layOut} orders them by row for the frozen model and checks each row.
 */
final class OutcomeList {
  private int count;
  private int[] row = new int[64];
  private double[] probability = new double[64];
  private int[] next = new int[64];
  private double[] reward = new double[64];
  private byte[] flags = new byte[64];

  int size() {
    return count;
  }

  /** The {@link TabularModel#flags(int)} bits of an outcome. */
  static byte flags(boolean terminal, boolean penalty, boolean success) {
    return (byte)
        ((terminal ? OutcomeFlags.TERMINAL : 0)
            | (penalty ? OutcomeFlags.PENALTY : 0)
            | (success ? OutcomeFlags.SUCCESS : 0));
  }

  void add(int rowIndex, double p, int nextState, double r, byte f) {
    if (count == row.length) {
      int n = count * 2;
      row = Arrays.copyOf(row, n);
      probability = Arrays.copyOf(probability, n);
      next = Arrays.copyOf(next, n);
      reward = Arrays.copyOf(reward, n);
      flags = Arrays.copyOf(flags, n);
    }
    row[count] = rowIndex;
    probability[count] = p;
    next[count] = nextState;
    reward[count] = r;
    flags[count] = f;
    count++;
  }

  /**
   * Fills the model's columns (each of {@link #size()} entries) and {@code firstOutcome} (one per
   * row, plus one) with the outcomes laid out by row index, each row's in the order added: the
   * builder accepts rows in any order. Returns whether every row has exactly one outcome.
   *
   * @throws IllegalStateException naming the first row with no outcome, or whose probabilities do
   *     not sum to 1
   */
  boolean layOut(
      int actionCount,
      int[] firstOutcome,
      double[] probabilityOut,
      int[] nextOut,
      double[] rewardOut,
      byte[] flagsOut) {
    int rows = firstOutcome.length - 1;
    int[] rowSize = new int[rows];
    for (int k = 0; k < count; k++) {
      rowSize[row[k]]++;
    }
    for (int i = 0; i < rows; i++) {
      checkState(
          rowSize[i] > 0, "state %s action %s has no outcome", i / actionCount, i % actionCount);
      firstOutcome[i + 1] = firstOutcome[i] + rowSize[i];
    }
    int[] cursor = Arrays.copyOf(firstOutcome, rows);
    for (int k = 0; k < count; k++) {
      int at = cursor[row[k]]++;
      probabilityOut[at] = probability[k];
      nextOut[at] = next[k];
      rewardOut[at] = reward[k];
      flagsOut[at] = flags[k];
    }
    boolean oneEach = true;
    for (int i = 0; i < rows; i++) {
      double sum = 0;
      for (int k = firstOutcome[i]; k < firstOutcome[i + 1]; k++) {
        sum += probabilityOut[k];
      }
      checkState(
          Math.abs(sum - 1.0) <= TabularModel.PROBABILITY_TOLERANCE,
          "probabilities of state %s action %s sum to %s, not 1",
          i / actionCount,
          i % actionCount,
          sum);
      oneEach &= firstOutcome[i + 1] - firstOutcome[i] == 1;
    }
    return oneEach;
  }
}
