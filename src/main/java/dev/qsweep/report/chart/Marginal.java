package dev.qsweep.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A learning curve averaged over every configuration that shares one value of an axis, gathered one
 * configuration at a time ({@link #add}) so that only sums are held.
 */
/*
 * Implementation note. Configurations sharing a value may differ in episodes or curve bins, so
 * their bins sit at different episodes. The average is taken at every x any of them has: each
 * configuration is read at x by linear interpolation between its own points, and only where x lies
 * within its own range (a 1,000-episode curve says nothing about episode 1,500). Configurations
 * with the same bins are summed point by point as they come; interpolation is linear, so the sum
 * of a group of them is read at x once, as the sum of their readings.
 */
final class Marginal {
  /** The configurations of one bin layout: their x and, per x and replicate, the sum. */
  private static final class Layout {
    final double[] x;
    final double[][] sums;
    int members;

    Layout(double[] x, int replicates) {
      this.x = x;
      this.sums = new double[x.length][replicates];
    }
  }

  private final Map<List<Double>, Layout> layouts = new LinkedHashMap<>();
  private int replicates = Integer.MAX_VALUE;

  /** Adds one configuration's curve. */
  void add(CurveData.Series member) {
    List<Double> key = new ArrayList<>();
    for (double x : member.x()) {
      key.add(x);
    }
    int count = Integer.MAX_VALUE;
    for (double[] v : member.valuesAtX()) {
      count = Math.min(count, v.length);
    }
    int width = count;
    Layout layout = layouts.computeIfAbsent(key, k -> new Layout(member.x().clone(), width));
    for (int i = 0; i < layout.x.length; i++) {
      double[] v = member.valuesAtX().get(i);
      double[] sum = layout.sums[i];
      for (int r = 0; r < Math.min(sum.length, v.length); r++) {
        sum[r] += v[r];
      }
    }
    layout.members++;
    replicates = Math.min(replicates, count);
  }

  /**
   * The curve averaged over the configurations added: at each x, for each replicate, the mean over
   * the configurations whose curve covers x, so the band is across replicates; null if none was
   * added.
   */
  CurveData.Series result() {
    if (layouts.isEmpty()) {
      return null;
    }
    TreeSet<Double> xs = new TreeSet<>();
    for (Layout m : layouts.values()) {
      for (double x : m.x) {
        xs.add(x);
      }
    }
    double[] x = new double[xs.size()];
    List<double[]> values = new ArrayList<>();
    int i = 0;
    for (double at : xs) {
      x[i++] = at;
      double[] sum = new double[replicates];
      int covering = 0;
      for (Layout m : layouts.values()) {
        if (addAt(m, at, sum)) {
          covering += m.members;
        }
      }
      for (int r = 0; r < replicates; r++) {
        sum[r] /= covering;
      }
      values.add(sum);
    }
    return new CurveData.Series(x, values);
  }

  /** Adds {@code m}'s sums at {@code x}, interpolated; false if x is outside its range. */
  private static boolean addAt(Layout m, double x, double[] sum) {
    double[] mx = m.x;
    if (x < mx[0] || x > mx[mx.length - 1]) {
      return false;
    }
    int hi = 0;
    while (mx[hi] < x) {
      hi++;
    }
    double[] b = m.sums[hi];
    if (mx[hi] == x) {
      for (int r = 0; r < sum.length; r++) {
        sum[r] += b[r];
      }
      return true;
    }
    double[] a = m.sums[hi - 1];
    double f = (x - mx[hi - 1]) / (mx[hi] - mx[hi - 1]);
    for (int r = 0; r < sum.length; r++) {
      sum[r] += a[r] + f * (b[r] - a[r]);
    }
    return true;
  }
}
