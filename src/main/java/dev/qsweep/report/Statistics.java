package dev.qsweep.report;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/** Statistics across replicates (Apache Commons Math). */
public final class Statistics {
  private Statistics() {}

  /**
   * Mean, sample standard deviation and a 95% confidence interval for the mean (Student t with n -
   * 1 degrees of freedom). With one value the deviation and the interval are NaN.
   *
   * @param n number of values
   */
  public record Estimate(int n, double mean, double sd, double ciLow, double ciHigh) {}

  /** The estimate of {@code values}' mean. */
  public static Estimate estimate(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      s.addValue(v);
    }
    int n = values.length;
    double mean = s.getMean();
    if (n < 2) {
      return new Estimate(n, mean, Double.NaN, Double.NaN, Double.NaN);
    }
    double sd = s.getStandardDeviation();
    double half = tQuantile975(n - 1) * sd / Math.sqrt(n);
    return new Estimate(n, mean, sd, mean - half, mean + half);
  }

  /** The 0.975 quantile of Student's t with {@code df} degrees of freedom. */
  public static double tQuantile975(int df) {
    // A null generator: the distribution is only evaluated, never sampled.
    return new TDistribution(null, df).inverseCumulativeProbability(0.975);
  }

  /**
   * Two-sided p-value of the paired t-test of {@code x} against {@code y} (replicate k of each is a
   * pair). Identical pairs give 1; differences that are constant but not zero give 0; fewer than
   * two pairs give NaN.
   */
  public static double pairedPValue(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "paired samples differ in size: " + x.length + " and " + y.length);
    }
    if (x.length < 2) {
      return Double.NaN;
    }
    double first = x[0] - y[0];
    boolean constant = true;
    for (int i = 1; i < x.length; i++) {
      constant &= x[i] - y[i] == first;
    }
    if (constant) {
      return first == 0 ? 1.0 : 0.0;
    }
    return new TTest().pairedTTest(x, y);
  }

  /**
   * Holm's step-down adjustment of {@code p} for multiple comparisons: the adjusted p-values, in
   * the input order (NaN stays NaN and is not counted).
   */
  public static double[] holm(double[] p) {
    int m = 0;
    for (double v : p) {
      if (!Double.isNaN(v)) {
        m++;
      }
    }
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          boolean na = Double.isNaN(p[a]);
          boolean nb = Double.isNaN(p[b]);
          if (na || nb) {
            return Boolean.compare(na, nb);
          }
          int c = Double.compare(p[a], p[b]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    double[] adjusted = new double[p.length];
    double running = 0;
    for (int rank = 0; rank < p.length; rank++) {
      int i = order[rank];
      if (Double.isNaN(p[i])) {
        adjusted[i] = Double.NaN;
        continue;
      }
      running = Math.max(running, Math.min(1.0, (m - rank) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }
}
