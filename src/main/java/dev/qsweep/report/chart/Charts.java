package dev.qsweep.report.chart;

import com.google.common.base.Throwables;
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
import java.util.function.Supplier;

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
    // Each chart is drawn on its own, so they are drawn in parallel (on the common pool and this
    // thread), and listed in this order whichever finishes first. Each is the same bytes either
    // way: nothing is shared between them but immutable inputs.
    List<Supplier<List<Written>>> charts = new ArrayList<>();
    if (folder.search()) {
      // How the search went comes first; a grid has none of these.
      charts.addAll(searchCharts(folder, summaries, history, dir));
    }
    Map<Columns.Curve, Map<String, CurveData.Series>> curves = data.curves;
    Map<String, CurveData.Series> returns = curves.get(Columns.Curve.MEAN_RETURN);
    charts.add(
        one(
            () ->
                LearningCurves.learning(
                    returns,
                    top,
                    swept,
                    "Return per episode",
                    "return per episode",
                    dir,
                    "learning-return.png")));
    charts.add(one(() -> LearningCurves.lateReturn(returns, top, swept, dir)));
    charts.add(
        one(
            () ->
                LearningCurves.learning(
                    curves.get(Columns.Curve.MEAN_STEPS),
                    top,
                    swept,
                    "Steps per episode",
                    "steps per episode",
                    dir,
                    "learning-steps.png")));
    charts.add(
        one(
            () ->
                LearningCurves.learning(
                    curves.get(Columns.Curve.MEAN_PENALTIES),
                    top,
                    swept,
                    "Penalties per episode",
                    "penalties per episode",
                    dir,
                    "learning-penalties.png")));
    if (folder.evaluations().isPresent()) {
      charts.add(one(() -> ExactEvaluationChart.write(data, top, swept, dir)));
    }
    List<String> axes = new ArrayList<>(HeatmapChart.axes(swept));
    if (folder.search()) {
      // A heatmap cell over values that hardly repeat holds one configuration: the scatter shows
      // those axes instead.
      axes.removeIf(a -> AxisValues.scattered(summaries, a));
    }
    for (int i = 0; i < axes.size(); i++) {
      for (int j = i + 1; j < axes.size(); j++) {
        String x = axes.get(i);
        String y = axes.get(j);
        charts.add(one(() -> HeatmapChart.write(summaries, x, y, dir)));
      }
    }
    for (String axis : scheduleAxes(swept, summaries)) {
      charts.add(one(() -> ScheduleChart.write(data, summaries, axis, dir)));
    }
    charts.add(one(() -> BoxPlot.write(data, summaries, swept, dir)));
    charts.add(one(() -> RandomVersusTrained.write(summaries, swept, dir)));
    charts.add(
        () -> {
          // Both pictures of the best configurations' retrained agents: retrained once.
          List<RetrainedTrial> retrained = RetrainedTrial.of(data, summaries, swept);
          List<Written> pictures = new ArrayList<>(2);
          PolicyMapChart.write(retrained, swept, dir).ifPresent(pictures::add);
          StateVisitsChart.write(retrained, swept, dir).ifPresent(pictures::add);
          return pictures;
        });
    List<Drawn> drawn = charts.parallelStream().map(Drawn::of).toList();
    List<Written> written = new ArrayList<>();
    for (Drawn d : drawn) {
      if (d.failure() != null) {
        // The first failure in chart order, as thrown: a pool would rethrow a copy that wraps it.
        Throwables.throwIfUnchecked(d.failure());
        throw new IllegalStateException(d.failure());
      }
      written.addAll(d.charts());
    }
    return written;
  }

  /** What drawing one task's charts gave: the charts, or what it threw. */
  private record Drawn(List<Written> charts, Throwable failure) {
    static Drawn of(Supplier<List<Written>> task) {
      try {
        return new Drawn(task.get(), null);
      } catch (RuntimeException | Error e) {
        return new Drawn(List.of(), e);
      }
    }
  }

  private static Supplier<List<Written>> one(Supplier<Written> chart) {
    return () -> List.of(chart.get());
  }

  /** A search's own charts: best score against env steps, and score against each parameter. */
  private static List<Supplier<List<Written>>> searchCharts(
      ResultsFolder folder,
      List<ConfigSummary> summaries,
      Optional<SearchHistory> history,
      Path dir) {
    List<Supplier<List<Written>>> charts = new ArrayList<>();
    String strategy = folder.manifest().strategy();
    history.ifPresent(h -> charts.add(one(() -> BestSoFarChart.write(h, strategy, dir))));
    Set<String> log = ParameterScatter.logUniform(folder.manifest().strategySettings());
    for (String parameter : ParameterScatter.parameters(summaries)) {
      charts.add(
          one(() -> ParameterScatter.write(summaries, parameter, log.contains(parameter), dir)));
    }
    return charts;
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
