package dev.qsweep.report;

import dev.qsweep.report.chart.ChartData;
import dev.qsweep.report.chart.Charts;
import dev.qsweep.run.Columns;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.util.AtomicFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rebuilds a results folder's summary, charts and report from its CSV files alone. */
public final class Report {
  /** The aggregate, one row per configuration. */
  public static final String SUMMARY = ResultFiles.SUMMARY;

  /** The readable report. */
  public static final String MARKDOWN = ResultFiles.MARKDOWN;

  /** The folder of PNG charts. */
  public static final String CHARTS = ResultFiles.CHARTS;

  private Report() {}

  /**
   * Writes summary.csv, charts/*.png and report.md into {@code dir} and returns the summaries, best
   * first.
   *
   * @throws IllegalArgumentException if the folder is missing, incomplete or of another format
   */
  public static List<ConfigSummary> write(Path dir) {
    ResultsFolder folder = ResultsFolder.load(dir);
    // Read (and checked) before anything is written.
    Optional<SearchHistory> history = SearchHistory.read(folder);
    // Two passes, one configuration at a time: the first ranks the configurations, the second
    // tests each against the best and gathers what the charts and report.md show of it.
    Ranking ranking = Summary.rank(folder);
    List<ConfigSummary> ranked = ranking.ranked();
    AxisMeans axisMeans = new AxisMeans(folder.manifest().sweptAxes(), ranked);
    ChartData chartData = new ChartData(folder, ranked);
    String bestTrialId = ranked.get(0).bestTrialId();
    List<List<String>> bestTrial = new ArrayList<>();
    ConfigRows.forEach(
        folder,
        true,
        chartData.wantsEvaluations(),
        rows -> {
          ranking.compare(rows);
          axisMeans.add(rows);
          chartData.accept(rows);
          for (List<String> row : rows.trials()) {
            if (ConfigRows.cell(row, Columns.Trial.TRIAL_ID).equals(bestTrialId)) {
              bestTrial.add(row);
            }
          }
        });
    List<ConfigSummary> summaries = ranking.finish();
    Summary.write(dir.resolve(SUMMARY), summaries, folder.withoutTimeLimit(), folder.search());
    List<Charts.Written> charts =
        Charts.write(folder, chartData, summaries, history, dir.resolve(CHARTS));
    String markdown =
        ReportMarkdown.of(
            dir,
            folder,
            summaries,
            axisMeans,
            bestTrial.get(0),
            charts,
            SearchMarkdown.stages(history, folder.manifest().strategy()));
    AtomicFiles.writeText(dir.resolve(MARKDOWN), w -> w.write(markdown));
    return summaries;
  }
}
