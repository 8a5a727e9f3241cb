package dev.qsweep.report;

import java.nio.file.Path;
import java.util.List;

/** Rebuilds a results folder's summary (and, with charts, its report) from its CSV files alone. */
public final class Report {
  /** The aggregate, one row per configuration. */
  public static final String SUMMARY = "summary.csv";

  private Report() {}

  /** Writes summary.csv into {@code dir} and returns the summaries, best first. */
  public static List<ConfigSummary> write(Path dir) {
    ResultsFolder folder = ResultsFolder.load(dir);
    List<ConfigSummary> summaries = Summary.of(folder);
    Summary.write(dir.resolve(SUMMARY), summaries);
    return summaries;
  }
}
