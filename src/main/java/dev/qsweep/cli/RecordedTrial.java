package dev.qsweep.cli;

import dev.qsweep.run.Columns;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.run.ResultsCheck;
import dev.qsweep.util.Csv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    Path file = dir.resolve(ResultFiles.TRIALS);
    // Streamed: a folder may hold more trials than memory should.
    List<List<String>> found = new ArrayList<>();
    String[] firstId = {null};
    List<String> header =
        Csv.stream(
            file,
            row -> {
              String id = row.get(Columns.Trial.TRIAL_ID.ordinal());
              if (firstId[0] == null) {
                firstId[0] = id;
              }
              if (id.equals(trialId)) {
                found.add(row);
              }
            });
    boolean withoutTimeLimit = Columns.withoutTimeLimit(header, file);
    if (found.isEmpty()) {
      throw new IllegalArgumentException(
          "no trial "
              + trialId
              + " in "
              + file
              + (firstId[0] == null ? "" : "; ids look like " + firstId[0]));
    }
    return Columns.fullRow(found.get(found.size() - 1), withoutTimeLimit);
  }
}
