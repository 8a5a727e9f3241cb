package dev.qsweep.env;

/** Gymnasium's {@code categorical_sample} over a segment of a table of probabilities. */
final class Categorical {
  private Categorical() {}

  /**
   * The first index in [from, end) whose running sum of {@code p} (summed in index order) exceeds
   * the uniform draw {@code u}, else the last.
   */
  static int index(double[] p, int from, int end, double u) {
    double cumulative = 0;
    for (int k = from; k < end - 1; k++) {
      cumulative += p[k];
      if (cumulative > u) {
        return k;
      }
    }
    return end - 1;
  }
}
