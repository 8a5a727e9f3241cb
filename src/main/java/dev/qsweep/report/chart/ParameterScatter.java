package dev.qsweep.report.chart;

import dev.qsweep.report.AxisValues;
import dev.qsweep.report.ConfigSummary;
import dev.qsweep.report.Score;
import dev.qsweep.run.Columns;
import dev.qsweep.search.SearchSpace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A search's score against each parameter it drew from a range: one point per configuration (its
 * mean reward per move over replicates), one colour per budget it was trained to. Where values no
 * longer repeat on a grid, a heatmap cell would hold one configuration; the scatter shows them all.
 */
final class ParameterScatter {
  /** The numeric settings a search draws. */
  private static final List<Columns.Trial> PARAMETERS =
      List.of(
          Columns.Trial.ALPHA, Columns.Trial.GAMMA, Columns.Trial.EPSILON, Columns.Trial.INITIAL_Q);

  /** A dimension the manifest's {@code space} setting names as log-uniform. */
  private static final Pattern LOG_UNIFORM = Pattern.compile("(\\w+)=log-uniform\\(");

  private ParameterScatter() {}

  /**
   * The parameters to scatter: numbers in every configuration, with at least 3 distinct values,
   * more than half as many as there are configurations (so they do not repeat as on a grid).
   */
  static List<String> parameters(List<ConfigSummary> summaries) {
    List<String> shown = new ArrayList<>();
    for (Columns.Trial p : PARAMETERS) {
      if (AxisValues.scattered(
          summaries.stream().map(c -> c.settings().get(p.header())).toList())) {
        shown.add(p.header());
      }
    }
    return shown;
  }

  /** The dimensions a strategy's settings describe as log-uniform (its {@code space} setting). */
  static Set<String> logUniform(Map<String, String> strategySettings) {
    Set<String> names = new HashSet<>();
    Matcher m = LOG_UNIFORM.matcher(strategySettings.getOrDefault(SearchSpace.SETTING, ""));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  static Charts.Written write(
      List<ConfigSummary> summaries, String parameter, boolean log, Path dir) {
    String file = "scatter-" + parameter + ".png";
    XYChart chart =
        ChartStyle.xyChart(
            "Reward per move against " + parameter + " (one point per configuration)",
            parameter + (log ? " (log scale)" : ""),
            "reward per move (mean over replicates)");
    // Largest budget first: the configurations the verdict compares.
    Map<Long, List<double[]>> byBudget = new TreeMap<>((a, b) -> Long.compare(b, a));
    for (ConfigSummary c : summaries) {
      double y = c.mean(Score.REWARD_PER_MOVE);
      if (!Double.isNaN(y)) {
        double x = Double.parseDouble(c.settings().get(parameter));
        byBudget.computeIfAbsent(c.budget(), k -> new ArrayList<>()).add(new double[] {x, y});
      }
    }
    int k = 0;
    for (Map.Entry<Long, List<double[]>> e : byBudget.entrySet()) {
      List<double[]> points = e.getValue();
      double[] x = new double[points.size()];
      double[] y = new double[points.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = points.get(i)[0];
        y[i] = points.get(i)[1];
      }
      XYSeries s =
          chart.addSeries(
              String.format(
                  java.util.Locale.ROOT,
                  "trained to %,d episodes (%d configurations)",
                  e.getKey(),
                  x.length),
              x,
              y);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(ChartStyle.color(k++));
    }
    chart.getStyler().setMarkerSize(7);
    chart.getStyler().setYAxisDecimalPattern("0.####");
    chart.getStyler().setXAxisLogarithmic(log);
    Images.save(chart, dir.resolve(file));
    return new Charts.Written(
        file,
        "Reward per move against " + parameter,
        "Each configuration the search trained, at the value of "
            + parameter
            + " it drew (x"
            + (log ? ", on a log scale: the search drew it log-uniformly" : "")
            + ") and its mean reward per move over replicates (y), coloured by the budget it was"
            + " trained to: compare points of one colour only.");
  }
}
