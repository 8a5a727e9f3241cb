package dev.qsweep.util;

/**
 * Greedy choice over a row of a flat Q-table. The tie-break is part of the contract: the lowest
 * index wins, as {@code np.argmax} breaks ties, so a policy read from a fresh (all-equal) table is
 * "always action 0", exactly as the tutorial's.
 */
public final class Argmax {
  private Argmax() {}

  /** Index, relative to {@code from}, of the largest of {@code q[from .. from + count - 1]}. */
  public static int of(double[] q, int from, int count) {
    int best = 0;
    double bestValue = q[from];
    for (int a = 1; a < count; a++) {
      double v = q[from + a];
      if (v > bestValue) {
        bestValue = v;
        best = a;
      }
    }
    return best;
  }

  /** The largest of {@code q[from .. from + count - 1]}. */
  public static double max(double[] q, int from, int count) {
    double m = q[from];
    for (int a = 1; a < count; a++) {
      double v = q[from + a];
      m = v > m ? v : m;
    }
    return m;
  }
}
