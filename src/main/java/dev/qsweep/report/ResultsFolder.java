package dev.qsweep.report;

import dev.qsweep.run.Columns;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.util.Csv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A results folder read back from its CSV files alone: what {@code qsweep report} and the end of
 * {@code qsweep sweep} aggregate.
 *
 * @param dir the folder
 * @param manifest its manifest
 * @param trials trials.csv
 * @param curves curves.csv
 * @param evaluations evaluations.csv, when the sweep recorded exact scores during training
 */
public record ResultsFolder(
    Path dir,
    ResultFiles.Manifest manifest,
    Csv.Table trials,
    Csv.Table curves,
    Optional<Csv.Table> evaluations) {

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
    Csv.Table trials = checked(Csv.read(dir.resolve(ResultFiles.TRIALS)), Columns.Trial.values());
    Csv.Table curves = checked(Csv.read(dir.resolve(ResultFiles.CURVES)), Columns.Curve.values());
    Path evaluationFile = dir.resolve(ResultFiles.EVALUATIONS);
    Optional<Csv.Table> evaluations =
        Files.exists(evaluationFile)
            ? Optional.of(checked(Csv.read(evaluationFile), Columns.Evaluation.values()))
            : Optional.empty();
    if (trials.rows().isEmpty()) {
      throw new IllegalArgumentException(dir.resolve(ResultFiles.TRIALS) + " has no trials");
    }
    return new ResultsFolder(dir, manifest, trials, curves, evaluations);
  }

  private static Csv.Table checked(Csv.Table table, Enum<?>[] columns) {
    List<String> expected = Columns.headers(columns);
    if (!table.header().equals(expected)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s has the columns of another qsweep version (%s); this version reads %s."
                  + " Re-run the sweep with this qsweep.",
              table.file(),
              String.join(",", table.header()),
              String.join(",", expected)));
    }
    return table;
  }

  /** A trials.csv cell. */
  public String cell(List<String> row, Columns.Trial column) {
    return row.get(column.ordinal());
  }
}
