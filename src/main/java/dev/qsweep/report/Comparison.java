package dev.qsweep.report;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import dev.qsweep.report.chart.BestSoFarChart;
import dev.qsweep.run.Columns;
import dev.qsweep.run.ResultFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Several results folders side by side (searches and full grids of one problem): what each cost in
 * env steps and the best configuration it found, as a Markdown table and one best-so-far chart.
 */
public final class Comparison {
  private Comparison() {}

  /**
   * One folder's entry.
   *
   * @param dir the folder
   * @param manifest its manifest
   * @param best its best configuration, as its report ranks them
   * @param history its search history; empty for a full grid
   */
  record Entry(
      Path dir,
      ResultFiles.Manifest manifest,
      ConfigSummary best,
      Optional<SearchHistory> history) {
    String label() {
      return manifest.strategy() + ": " + manifest.experiment();
    }
  }

  /**
   * Reads the folders, draws the chart into {@code png} and returns the table.
   *
   * @throws IllegalArgumentException for a folder that is not a finished results folder, or a
   *     search's folder without history.csv, naming it
   */
  public static String write(List<Path> dirs, Path png) {
    List<Entry> entries = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path dir : dirs) {
      if (!seen.add(dir.toAbsolutePath().normalize())) {
        throw new IllegalArgumentException(dir + " is given twice; give each folder once");
      }
      ResultsFolder folder = ResultsFolder.load(dir);
      Optional<SearchHistory> history = SearchHistory.read(folder);
      if (folder.search() && history.isEmpty()) {
        throw new IllegalArgumentException(
            dir
                + " is a "
                + folder.manifest().strategy()
                + " search without "
                + ResultFiles.HISTORY
                + " (written by an older qsweep); run its sweep again to compare it");
      }
      ConfigSummary best = Summary.of(folder).get(0);
      entries.add(new Entry(dir, folder.manifest(), best, history));
    }
    // Two folders of one strategy and experiment (a rerun, a merge) are told apart by folder.
    Multiset<String> labels = HashMultiset.create();
    for (Entry e : entries) {
      labels.add(e.label());
    }
    List<BestSoFarChart.Line> lines = new ArrayList<>();
    List<BestSoFarChart.Reference> grids = new ArrayList<>();
    for (Entry e : entries) {
      String label = labels.count(e.label()) > 1 ? e.label() + " (" + e.dir() + ")" : e.label();
      if (e.history().isPresent()) {
        lines.add(new BestSoFarChart.Line(label, e.history().get().bestSoFar()));
      } else {
        grids.add(
            new BestSoFarChart.Reference(
                label, e.manifest().totalEnvSteps(), e.best().mean(Score.REWARD_PER_MOVE)));
      }
    }
    BestSoFarChart.write(lines, grids, png);
    return table(entries);
  }

  /** The Markdown table: one row per folder, cost against the first full grid's. */
  static String table(List<Entry> entries) {
    Entry grid = entries.stream().filter(e -> e.history().isEmpty()).findFirst().orElse(null);
    StringBuilder md = new StringBuilder();
    md.append("| results | strategy | configurations | `total_env_steps` |");
    md.append(grid == null ? "" : " against the grid |");
    md.append(" best configuration | its budget (episodes) | reward per move [95% CI] |\n");
    md.append("| --- | --- | --- | --- |").append(grid == null ? "" : " --- |");
    md.append(" --- | --- | --- |\n");
    for (Entry e : entries) {
      ResultFiles.Manifest m = e.manifest();
      Statistics.Estimate rpm = e.best().estimates().get(Score.REWARD_PER_MOVE);
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %,d |%s %s (%s) | %,d | %s |%n",
              e.dir(),
              m.strategy(),
              m.configurations(),
              m.totalEnvSteps(),
              grid == null
                  ? ""
                  : String.format(
                      Locale.ROOT,
                      " %.3fx |",
                      (double) m.totalEnvSteps() / grid.manifest().totalEnvSteps()),
              e.best().configId(),
              e.best().label(m.sweptAxes()),
              // A grid's configurations are trained to their own episodes.
              e.best().budget() > 0
                  ? e.best().budget()
                  : Long.parseLong(e.best().settings().get(Columns.Trial.EPISODES.header())),
              Double.isNaN(rpm.ciLow())
                  ? String.format(Locale.ROOT, "%.4f", rpm.mean())
                  : String.format(
                      Locale.ROOT, "%.4f [%.4f, %.4f]", rpm.mean(), rpm.ciLow(), rpm.ciHigh())));
    }
    return md.toString();
  }
}
