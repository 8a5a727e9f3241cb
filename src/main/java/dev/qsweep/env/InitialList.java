package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.util.Arrays;

/**
 * The initial distribution a {@link TabularModel.Builder} collects: states in increasing order,
 * each with its probability; frozen into two arrays once their sum is checked.
 */
final class InitialList {
  private int count;
  private int[] states = new int[16];
  private double[] probabilities = new double[16];

  void add(int state, double probability) {
    checkArgument(
        probability > 0 && probability <= 1,
        "initial probability must be in (0, 1], got %s",
        probability);
    checkArgument(
        count == 0 || states[count - 1] < state,
        "initial states must be added in increasing order");
    if (count == states.length) {
      states = Arrays.copyOf(states, count * 2);
      probabilities = Arrays.copyOf(probabilities, count * 2);
    }
    states[count] = state;
    probabilities[count] = probability;
    count++;
  }

  /**
   * The states, in increasing order.
   *
   * @throws IllegalStateException if there are none or their probabilities do not sum to 1
   */
  int[] states() {
    checkSum();
    return Arrays.copyOf(states, count);
  }

  /** Their probabilities, as {@link #states()}. */
  double[] probabilities() {
    checkSum();
    return Arrays.copyOf(probabilities, count);
  }

  private void checkSum() {
    double sum = 0;
    for (int j = 0; j < count; j++) {
      sum += probabilities[j];
    }
    checkState(
        count > 0 && Math.abs(sum - 1.0) <= TabularModel.PROBABILITY_TOLERANCE,
        "initial-state probabilities sum to %s, not 1",
        sum);
  }
}
