package dev.qsweep.report.chart;

import dev.qsweep.report.ConfigSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A learning curve averaged over every configuration that shares one value of an axis. */
final class Marginal {
  private Marginal() {}

  /**
   * The learning curve averaged over every configuration with {@code axis = value}: for each
   * replicate, the mean over those configurations, so the band is across replicates; null if no
   * configuration has a curve.
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
    CurveData.Series first = members.get(0);
    List<double[]> values = new ArrayList<>();
    for (int i = 0; i < first.x().length; i++) {
      int replicates = first.valuesAtX().get(i).length;
      double[] perReplicate = new double[replicates];
      for (CurveData.Series m : members) {
        double[] v = m.valuesAtX().get(Math.min(i, m.valuesAtX().size() - 1));
        for (int r = 0; r < replicates && r < v.length; r++) {
          perReplicate[r] += v[r] / members.size();
        }
      }
      values.add(perReplicate);
    }
    return new CurveData.Series(first.x(), values);
  }
}
