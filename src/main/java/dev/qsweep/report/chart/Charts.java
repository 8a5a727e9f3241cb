package dev.qsweep.report.chart;

import dev.qsweep.report.AxisValues;
import dev.qsweep.report.ConfigSummary;
import dev.qsweep.report.ResultsFolder;
import dev.qsweep.report.SearchHistory;
import dev.qsweep.run.Columns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PNG charts of a results folder: learning curves with 95% confidence bands, the exact
 * evaluation curve, heatmaps over pairs of swept axes, schedule comparisons, a box plot of the
 * final scores, the tutorial's random-versus-trained comparison, and policy maps. Drawn off-screen
 * (headless).
 */
public final class Charts {
  /** Width of every chart, in pixels. */
  public static final int WIDTH = ChartStyle.WIDTH;

  /** Height of a single chart. */
  public static final int HEIGHT = ChartStyle.HEIGHT;

  /** How many of the best configurations the curve charts show. */
  static final int TOP = 5;

  /**
   * A chart written, with what it shows.
   *
   * @param file its file name in the charts folder
   * @param title its heading in report.md
   * @param caption the sentence under it
   */
  public record Written(String file, String title, String caption) {}

  private Charts() {}

  /**
   * Draws every chart that applies into {@code dir} from the data gathered from a results folder
   * and its summaries; returns them in order.
   */
  public static List<Written> write(
      ResultsFolder folder,
      ChartData data,
      List<ConfigSummary> summaries,
      Optional<SearchHistory> history,
      Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    List<String> swept = folder.manifest().sweptAxes();
    // The curves compare like with like: a search's configurations stopped at smaller budgets have
    // shorter curves, so only those trained as far as the best are drawn (a grid's all are).
    ConfigSummary best = summaries.get(0);
    List<ConfigSummary> top =
        summaries.stream().filter(c -> c.sameBudget(best)).limit(TOP).toList();
    List<Written> written = new ArrayList<>();
    if (folder.search()) {
      // How the search went comes first; a grid has none of these.
      written.addAll(searchCharts(folder, summaries, history, dir));
    }
    Map<Columns.Curve, Map<String, CurveData.Series>> curves = data.curves;
    Map<String, CurveData.Series> returns = curves.get(Columns.Curve.MEAN_RETURN);
    written.add(
        LearningCurves.learning(
            returns,
            top,
            swept,
            "Return per episode",
            "return per episode",
            dir,
            "learning-return.png"));
    written.add(LearningCurves.lateReturn(returns, top, swept, dir));
    written.add(
        LearningCurves.learning(
            curves.get(Columns.Curve.MEAN_STEPS),
            top,
            swept,
            "Steps per episode",
            "steps per episode",
            dir,
            "learning-steps.png"));
    written.add(
        LearningCurves.learning(
            curves.get(Columns.Curve.MEAN_PENALTIES),
            top,
            swept,
            "Penalties per episode",
            "penalties per episode",
            dir,
            "learning-penalties.png"));
    if (folder.evaluations().isPresent()) {
      written.add(ExactEvaluationChart.write(data, top, swept, dir));
    }
    List<String> axes = new ArrayList<>(HeatmapChart.axes(swept));
    if (folder.search()) {
      // A heatmap cell over values that hardly repeat holds one configuration: the scatter shows
      // those axes instead.
      axes.removeIf(a -> AxisValues.scattered(summaries, a));
    }
    for (int i = 0; i < axes.size(); i++) {
      for (int j = i + 1; j < axes.size(); j++) {
        written.add(HeatmapChart.write(summaries, axes.get(i), axes.get(j), dir));
      }
    }
    for (String axis : scheduleAxes(swept, summaries)) {
      written.add(ScheduleChart.write(data, summaries, axis, dir));
    }
    written.add(BoxPlot.write(data, summaries, swept, dir));
    written.add(RandomVersusTrained.write(summaries, swept, dir));
    List<RetrainedTrial> retrained = RetrainedTrial.of(data, summaries, swept);
    PolicyMapChart.write(retrained, swept, dir).ifPresent(written::add);
    StateVisitsChart.write(retrained, swept, dir).ifPresent(written::add);
    return written;
  }

  /** A search's own charts: best score against env steps, and score against each parameter. */
  private static List<Written> searchCharts(
      ResultsFolder folder,
      List<ConfigSummary> summaries,
      Optional<SearchHistory> history,
      Path dir) {
    List<Written> written = new ArrayList<>();
    String strategy = folder.manifest().strategy();
    history.ifPresent(h -> written.add(BestSoFarChart.write(h, strategy, dir)));
    Set<String> log = ParameterScatter.logUniform(folder.manifest().strategySettings());
    for (String parameter : ParameterScatter.parameters(summaries)) {
      written.add(ParameterScatter.write(summaries, parameter, log.contains(parameter), dir));
    }
    return written;
  }

  /** The swept schedule axes (alpha, gamma, epsilon) with a decaying value, in that order. */
  static List<String> scheduleAxes(List<String> swept, List<ConfigSummary> summaries) {
    List<String> axes = new ArrayList<>();
    for (Columns.Trial axis :
        List.of(Columns.Trial.ALPHA, Columns.Trial.GAMMA, Columns.Trial.EPSILON)) {
      if (swept.contains(axis.header()) && ScheduleChart.hasDecay(summaries, axis.header())) {
        axes.add(axis.header());
      }
    }
    return axes;
  }
}
