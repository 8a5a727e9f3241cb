package dev.qsweep.report;

import dev.qsweep.run.Columns;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.run.ResultsCheck;
import dev.qsweep.util.Csv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A results folder read back from its CSV files alone: what {@code qsweep report} and the end of
 * {@code qsweep sweep} aggregate.
 *
 * @param dir the folder
 * @param manifest its manifest
 * @param trials trials.csv, read whole (one row per trial), each row full ({@link
 *     Columns#fullRow}): indexed by {@link Columns.Trial#ordinal()}
 * @param curves curves.csv, checked but not read: it is streamed where it is used, as it can be far
 *     larger than memory should hold
 * @param evaluations evaluations.csv, when the sweep recorded exact scores during training;
 *     streamed like curves.csv
 * @param withoutTimeLimit whether trials.csv has {@code never_ends_probability}: some environment
 *     of the sweep has no time limit ({@link Columns#trialColumns})
 */
public record ResultsFolder(
    Path dir,
    ResultFiles.Manifest manifest,
    Csv.Table trials,
    Path curves,
    Optional<Path> evaluations,
    boolean withoutTimeLimit) {

  /**
   * Reads {@code dir}.
   *
   * @throws IllegalArgumentException for a missing folder or file, or files whose columns are not
   *     this version's, naming what is wrong
   */
  public static ResultsFolder load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("results folder " + dir + " does not exist");
    }
    ResultFiles.Manifest manifest = ResultFiles.Manifest.read(dir.resolve(ResultFiles.MANIFEST));
    // Every row of every file accounted for before anything is aggregated.
    ResultsCheck.check(dir);
    Csv.Table file = Csv.read(dir.resolve(ResultFiles.TRIALS));
    boolean withoutTimeLimit = Columns.withoutTimeLimit(file.header(), file.file());
    List<List<String>> rows = new ArrayList<>(file.rows().size());
    for (List<String> row : file.rows()) {
      rows.add(Columns.fullRow(row, withoutTimeLimit));
    }
    Csv.Table trials = new Csv.Table(file.file(), Columns.trialHeader(true), rows);
    Path curves = checkedHeader(dir.resolve(ResultFiles.CURVES), Columns.Curve.values());
    Path evaluationFile = dir.resolve(ResultFiles.EVALUATIONS);
    Optional<Path> evaluations =
        Files.exists(evaluationFile)
            ? Optional.of(checkedHeader(evaluationFile, Columns.Evaluation.values()))
            : Optional.empty();
    if (trials.rows().isEmpty()) {
      throw new IllegalArgumentException(dir.resolve(ResultFiles.TRIALS) + " has no trials");
    }
    return new ResultsFolder(dir, manifest, trials, curves, evaluations, withoutTimeLimit);
  }

  private static Path checkedHeader(Path file, Enum<?>[] columns) {
    check(file, Csv.header(file), columns);
    return file;
  }

  private static void check(Path file, List<String> header, Enum<?>[] columns) {
    List<String> expected = Columns.headers(columns);
    if (!header.equals(expected)) {
      throw Columns.anotherVersion(file, header, expected);
    }
  }

  /** A trials.csv cell. */
  public String cell(List<String> row, Columns.Trial column) {
    return row.get(column.ordinal());
  }

  /**
   * The trials.csv row of a configuration's best replicate, by the ranking keys in order (reward
   * per move, then penalties, then return; the first replicate on a full tie).
   */
  public List<String> bestTrial(ConfigSummary config) {
    int at = 0;
    for (int i = 1; i < config.replicates().size(); i++) {
      if (better(config, i, at)) {
        at = i;
      }
    }
    String replicate = Integer.toString(config.replicates().get(at));
    for (List<String> row : trials.rows()) {
      if (cell(row, Columns.Trial.CONFIG_ID).equals(config.configId())
          && cell(row, Columns.Trial.REPLICATE).equals(replicate)) {
        return row;
      }
    }
    throw new IllegalStateException("no trial for " + config.configId());
  }

  private static boolean better(ConfigSummary config, int i, int than) {
    for (Score key : Summary.RANKING) {
      double a = config.values().get(key)[i];
      double b = config.values().get(key)[than];
      if (a != b) {
        return key.higherIsBetter() ? a > b : a < b;
      }
    }
    return false;
  }
}
