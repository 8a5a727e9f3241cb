package dev.qsweep.report.chart;

import dev.qsweep.report.ConfigSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A learning curve averaged over every configuration that shares one value of an axis. */
/*
 * Implementation note. Configurations sharing a value may differ in episodes or curve bins, so
 * their bins sit at different episodes. The average is taken at every x any of them has: each
 * configuration is read at x by linear interpolation between its own points, and only where x lies
 * within its own range (a 1,000-episode curve says nothing about episode 1,500).
 */
final class Marginal {
  private Marginal() {}

  /**
   * The learning curve averaged over every configuration with {@code axis = value}: at each x, for
   * each replicate, the mean over the configurations whose curve covers x, so the band is across
   * replicates; null if no configuration has a curve.
   */
  static CurveData.Series of(
      List<ConfigSummary> summaries,
      Map<String, CurveData.Series> curves,
      String axis,
      String value) {
    List<CurveData.Series> members = new ArrayList<>();
    for (ConfigSummary c : summaries) {
      if (c.axisValue(axis).equals(value) && curves.containsKey(c.configId())) {
        members.add(curves.get(c.configId()));
      }
    }
    if (members.isEmpty()) {
      return null;
    }
    TreeSet<Double> xs = new TreeSet<>();
    int replicates = Integer.MAX_VALUE;
    for (CurveData.Series m : members) {
      for (double x : m.x()) {
        xs.add(x);
      }
      for (double[] v : m.valuesAtX()) {
        replicates = Math.min(replicates, v.length);
      }
    }
    double[] x = new double[xs.size()];
    List<double[]> values = new ArrayList<>();
    int i = 0;
    for (double at : xs) {
      x[i++] = at;
      double[] sum = new double[replicates];
      int covering = 0;
      for (CurveData.Series m : members) {
        if (addAt(m, at, sum)) {
          covering++;
        }
      }
      for (int r = 0; r < replicates; r++) {
        sum[r] /= covering;
      }
      values.add(sum);
    }
    return new CurveData.Series(x, values);
  }

  /** Adds {@code m}'s replicates at {@code x}, interpolated; false if x is outside its range. */
  private static boolean addAt(CurveData.Series m, double x, double[] sum) {
    double[] mx = m.x();
    if (x < mx[0] || x > mx[mx.length - 1]) {
      return false;
    }
    int hi = 0;
    while (mx[hi] < x) {
      hi++;
    }
    double[] b = m.valuesAtX().get(hi);
    if (mx[hi] == x) {
      for (int r = 0; r < sum.length; r++) {
        sum[r] += b[r];
      }
      return true;
    }
    double[] a = m.valuesAtX().get(hi - 1);
    double f = (x - mx[hi - 1]) / (mx[hi] - mx[hi - 1]);
    for (int r = 0; r < sum.length; r++) {
      sum[r] += a[r] + f * (b[r] - a[r]);
    }
    return true;
  }
}
