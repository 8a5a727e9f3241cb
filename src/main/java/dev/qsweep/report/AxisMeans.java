package dev.qsweep.report;

import dev.qsweep.run.Columns;
import dev.qsweep.util.Numbers;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For each swept axis and each of its values, the mean reward per move of that value's
 * configurations per replicate (averaged over the other axes): what report.md compares the values
 * of an axis by. Gathered from each configuration's rows in turn, so only the sums are held. In a
 * search only the configurations trained as far as the best count (its final rung): averages over
 * budgets would compare a value's short runs with another's long ones.
 */
final class AxisMeans {
  private final List<String> axes;
  private final Map<String, ConfigSummary> byId = new HashMap<>();

  /** Per axis, per value, per replicate: the sum and the count of reward per move. */
  private final Map<String, Map<String, Map<Integer, double[]>>> sums = new HashMap<>();

  AxisMeans(List<String> axes, List<ConfigSummary> ranked) {
    this.axes = axes;
    for (ConfigSummary c : ranked) {
      if (c.sameBudget(ranked.get(0))) {
        byId.put(c.configId(), c);
      }
    }
    for (String axis : axes) {
      sums.put(axis, new HashMap<>());
    }
  }

  /** Adds one configuration's replicates, in replicate order. */
  void add(ConfigRows rows) {
    if (axes.isEmpty()) {
      return;
    }
    ConfigSummary c = byId.get(rows.configId());
    if (c == null) {
      return;
    }
    List<List<String>> sorted = rows.byReplicate();
    for (String axis : axes) {
      Map<Integer, double[]> perReplicate =
          sums.get(axis).computeIfAbsent(c.axisValue(axis), k -> new LinkedHashMap<>());
      for (List<String> row : sorted) {
        int replicate = Integer.parseInt(ConfigRows.cell(row, Columns.Trial.REPLICATE));
        double v = Numbers.parse(ConfigRows.cell(row, Score.REWARD_PER_MOVE.column()));
        double[] s = perReplicate.computeIfAbsent(replicate, k -> new double[2]);
        s[0] += v;
        s[1]++;
      }
    }
  }

  /** The per-replicate means of {@code axis = value}, in the order replicates were first seen. */
  double[] of(String axis, String value) {
    Map<Integer, double[]> perReplicate = sums.get(axis).getOrDefault(value, Map.of());
    double[] means = new double[perReplicate.size()];
    int i = 0;
    for (double[] s : perReplicate.values()) {
      means[i++] = s[0] / s[1];
    }
    return means;
  }

  /**
   * Appends report.md's table for {@code axis}: its values' mean reward per move over {@code
   * summaries} (the compared configurations, described by {@code among}), each against the best.
   */
  void appendTable(StringBuilder md, List<ConfigSummary> summaries, String axis, String among) {
    List<String> values = AxisValues.of(summaries, axis);
    if (values.size() < 2) {
      return;
    }
    // Per value, per replicate: the mean reward per move over that value's configurations.
    Map<String, double[]> perReplicate = new LinkedHashMap<>();
    for (String value : values) {
      perReplicate.put(value, of(axis, value));
    }
    String bestValue = null;
    double bestMean = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, double[]> e : perReplicate.entrySet()) {
      double mean = Statistics.estimate(e.getValue()).mean();
      if (mean > bestMean) {
        bestMean = mean;
        bestValue = e.getKey();
      }
    }
    md.append("**")
        .append(axis)
        .append("**, averaged over the other axes (")
        .append("per replicate, then across replicates")
        .append(among.isEmpty() ? "" : "; only the configurations" + among)
        .append("):\n\n");
    md.append("| ")
        .append(axis)
        .append(" | reward per move [95% CI] | against the best value |\n| --- | --- | --- |\n");
    for (Map.Entry<String, double[]> e : perReplicate.entrySet()) {
      Statistics.Estimate est = Statistics.estimate(e.getValue());
      String against;
      if (bestValue == null) {
        // No value's mean is a number (none of their episodes ends): nothing to compare against.
        against = "n/a";
      } else if (e.getKey().equals(bestValue)) {
        against = "best";
      } else {
        double[] b = perReplicate.get(bestValue);
        double diff = bestMean - est.mean();
        double pValue = Statistics.pairedPValue(b, e.getValue());
        against =
            String.format(
                Locale.ROOT,
                "%s lower (paired t-test p = %s)",
                ReportMarkdown.f(diff),
                ReportMarkdown.p(pValue));
      }
      md.append(
          String.format(
              Locale.ROOT,
              "| `%s` | %s [%s, %s] | %s |%n",
              e.getKey().isEmpty() ? "(default)" : e.getKey(),
              ReportMarkdown.f(est.mean()),
              ReportMarkdown.f(est.ciLow()),
              ReportMarkdown.f(est.ciHigh()),
              against));
    }
    md.append('\n');
  }
}
