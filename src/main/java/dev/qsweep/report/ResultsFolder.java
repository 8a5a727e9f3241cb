package dev.qsweep.report;

import dev.qsweep.run.Columns;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.run.ResultsCheck;
import dev.qsweep.util.Csv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A results folder read back from its CSV files alone: what {@code qsweep report} and the end of
 * {@code qsweep sweep} aggregate.
 *
 * @param dir the folder
 * @param manifest its manifest
 * @param trials trials.csv, checked but not read: it is streamed one configuration at a time
 *     ({@link ConfigRows}, each row full: {@link Columns#fullRow}), as a grid may hold more trials
 *     than memory should
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
    Path trials,
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
    Path trials = dir.resolve(ResultFiles.TRIALS);
    boolean withoutTimeLimit = Columns.withoutTimeLimit(Csv.header(trials), trials);
    Path curves =
        checkedHeader(dir.resolve(ResultFiles.CURVES), Columns.headers(Columns.Curve.values()));
    Path evaluationFile = dir.resolve(ResultFiles.EVALUATIONS);
    Optional<Path> evaluations =
        Files.exists(evaluationFile)
            ? Optional.of(checkedHeader(evaluationFile, Columns.evaluationHeader(withoutTimeLimit)))
            : Optional.empty();
    return new ResultsFolder(dir, manifest, trials, curves, evaluations, withoutTimeLimit);
  }

  /**
   * Whether the folder holds a search other than a full grid (halving, Hyperband, random, genetic):
   * its trials.csv has the strategy's columns and its configurations may stop at different budgets.
   */
  public boolean search() {
    return !manifest.strategy().equals("grid");
  }

  private static Path checkedHeader(Path file, List<String> expected) {
    List<String> header = Csv.header(file);
    if (!header.equals(expected)) {
      throw Columns.anotherVersion(file, header, expected);
    }
    return file;
  }
}
