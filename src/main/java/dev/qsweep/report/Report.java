package dev.qsweep.report;

import dev.qsweep.report.chart.Charts;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.util.AtomicFiles;
import java.nio.file.Path;
import java.util.List;

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
    List<ConfigSummary> summaries = Summary.of(folder);
    Summary.write(dir.resolve(SUMMARY), summaries, folder.withoutTimeLimit());
    List<Charts.Written> charts = Charts.write(folder, summaries, dir.resolve(CHARTS));
    String markdown = ReportMarkdown.of(dir, folder, summaries, charts);
    AtomicFiles.writeText(dir.resolve(MARKDOWN), w -> w.write(markdown));
    return summaries;
  }
}
