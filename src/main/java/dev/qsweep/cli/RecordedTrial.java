package dev.qsweep.cli;

import dev.qsweep.run.Columns;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.run.ResultsCheck;
import dev.qsweep.util.Csv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A trial's row in a results folder's trials.csv, for the commands that re-run one. */
final class RecordedTrial {
  private RecordedTrial() {}

  /**
   * The trials.csv row of {@code trialId} in {@code dir}, as a full row ({@link Columns#fullRow}).
   *
   * @throws IllegalArgumentException if the folder is missing or fails its integrity check, if the
   *     file is missing or of another version, or has no such trial (the message shows what ids
   *     look like)
   */
  static List<String> row(Path dir, String trialId) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("results folder " + dir + " does not exist");
    }
    ResultsCheck.check(dir);
    FolderEnvironments.ensure(dir);
    Csv.Table trials = Csv.read(dir.resolve(ResultFiles.TRIALS));
    boolean withoutTimeLimit = Columns.withoutTimeLimit(trials.header(), trials.file());
    List<String> recorded = null;
    for (List<String> row : trials.rows()) {
      if (row.get(Columns.Trial.TRIAL_ID.ordinal()).equals(trialId)) {
        recorded = Columns.fullRow(row, withoutTimeLimit);
      }
    }
    if (recorded == null) {
      throw new IllegalArgumentException(
          "no trial "
              + trialId
              + " in "
              + trials.file()
              + (trials.rows().isEmpty() ? "" : "; ids look like " + trials.rows().get(0).get(0)));
    }
    return recorded;
  }
}
