package dev.qsweep.report;

import dev.qsweep.run.Columns;
import dev.qsweep.util.Numbers;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
}
