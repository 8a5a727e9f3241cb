package dev.qsweep.report.chart;

import dev.qsweep.report.ConfigRows;
import dev.qsweep.report.ConfigSummary;
import dev.qsweep.report.ResultsFolder;
import dev.qsweep.report.Score;
import dev.qsweep.run.Columns;
import dev.qsweep.util.Numbers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the charts draw, gathered while the report reads a results folder one configuration at a
 * time: the curves and final scores of the few best configurations, the rows of the trials the grid
 * pictures retrain, and the learning curve of each value of a decaying schedule axis averaged over
 * its configurations. Its size does not grow with the number of trials.
 */
public final class ChartData implements Consumer<ConfigRows> {
  private final List<String> swept;
  private final boolean evaluations;
  private final Set<String> top;
  private final Set<String> boxed;
  private final Set<String> pictured;
  private final Map<String, ConfigSummary> byId = new HashMap<>();
  private final List<String> decaying = new ArrayList<>();
  final Map<Columns.Curve, Map<String, CurveData.Series>> curves =
      new EnumMap<>(Columns.Curve.class);
  final Map<String, CurveData.Series> evaluationCurves = new HashMap<>();
  final double[] evaluationRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
  final Map<String, double[]> finalScores = new HashMap<>();
  final Map<String, List<String>> bestTrials = new HashMap<>();
  private final Map<String, Map<String, Marginal>> marginals = new HashMap<>();

  /**
   * Gathers the charts' data of {@code folder}, whose configurations {@code ranked} lists best
   * first (their p-values are not needed).
   */
  public ChartData(ResultsFolder folder, List<ConfigSummary> ranked) {
    this.swept = folder.manifest().sweptAxes();
    this.evaluations = folder.evaluations().isPresent();
    this.top = ids(ranked.subList(0, Math.min(Charts.TOP, ranked.size())));
    this.boxed = ids(ranked.subList(0, Math.min(BoxPlot.TOP, ranked.size())));
    this.pictured = ids(PolicyMapChart.shown(ranked, swept));
    for (ConfigSummary c : ranked) {
      byId.put(c.configId(), c);
    }
    for (Columns.Curve column : LearningCurves.COLUMNS) {
      curves.put(column, new LinkedHashMap<>());
    }
    for (String axis : Charts.scheduleAxes(swept, ranked)) {
      decaying.add(axis);
      marginals.put(axis, new HashMap<>());
    }
  }

  private static Set<String> ids(List<ConfigSummary> configs) {
    return configs.stream().map(ConfigSummary::configId).collect(Collectors.toSet());
  }

  /** Whether the charts need evaluations.csv's rows. */
  public boolean wantsEvaluations() {
    return evaluations;
  }

  @Override
  public void accept(ConfigRows rows) {
    String id = rows.configId();
    boolean isTop = top.contains(id);
    if (isTop || !decaying.isEmpty()) {
      Map<Columns.Curve, CurveData.Series> read = CurveData.learning(rows, LearningCurves.COLUMNS);
      if (isTop) {
        read.forEach((column, series) -> curves.get(column).put(id, series));
      }
      CurveData.Series returns = read.get(Columns.Curve.MEAN_RETURN);
      if (returns != null) {
        for (String axis : decaying) {
          marginals
              .get(axis)
              .computeIfAbsent(byId.get(id).axisValue(axis), k -> new Marginal())
              .add(returns);
        }
      }
    }
    if (evaluations) {
      CurveData.Series s = CurveData.evaluations(rows, Columns.Evaluation.EXPECTED_RETURN);
      if (s != null) {
        // The optimum's line spans every configuration's evaluations.
        evaluationRange[0] = Math.min(evaluationRange[0], s.x()[0]);
        evaluationRange[1] = Math.max(evaluationRange[1], s.x()[s.x().length - 1]);
        if (isTop) {
          evaluationCurves.put(id, s);
        }
      }
    }
    if (boxed.contains(id)) {
      List<List<String>> sorted = rows.byReplicate();
      double[] v = new double[sorted.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = Numbers.parse(ConfigRows.cell(sorted.get(i), Score.REWARD_PER_MOVE.column()));
      }
      finalScores.put(id, v);
    }
    if (pictured.contains(id)) {
      String best = byId.get(id).bestTrialId();
      for (List<String> row : rows.trials()) {
        if (ConfigRows.cell(row, Columns.Trial.TRIAL_ID).equals(best)) {
          bestTrials.put(id, row);
        }
      }
    }
  }

  /** The learning curve of the configurations with {@code axis = value}; null if none has one. */
  CurveData.Series marginal(String axis, String value) {
    Marginal m = marginals.getOrDefault(axis, Map.of()).get(value);
    return m == null ? null : m.result();
  }
}
