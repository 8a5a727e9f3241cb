package dev.qsweep.run;

import dev.qsweep.util.Csv;
import dev.qsweep.util.CsvRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks that a results folder's CSV files agree before anything reads them: trials.csv lists each
 * trial once, in id order; curves.csv holds exactly each trial's bins, in order; evaluations.csv
 * (when the trials ask for exact evaluations) exactly each one's evaluations; timings.csv (when
 * present) one row per trial. A file that does not is refused naming it, the line and the reason.
 */
/*
 * Implementation note. The files are sorted alike (trial id, then bin or episode), so one pass
 * walks them in step: memory stays flat however many trials the folder holds.
 */
public final class ResultsCheck {
  private ResultsCheck() {}

  /**
   * Checks {@code dir}'s CSV files and returns the number of trials.
   *
   * @throws IllegalArgumentException naming the bad file, line and reason
   */
  public static int check(Path dir) {
    Path evaluationFile = dir.resolve(ResultFiles.EVALUATIONS);
    Path timingFile = dir.resolve(ResultFiles.TIMINGS);
    Path trialFile = dir.resolve(ResultFiles.TRIALS);
    if (!Files.isRegularFile(trialFile)) {
      throw new IllegalArgumentException("missing file " + trialFile);
    }
    boolean withoutTimeLimit = Columns.withoutTimeLimit(Csv.header(trialFile), trialFile);
    try (Cursor curves =
            new Cursor(dir.resolve(ResultFiles.CURVES), Columns.headers(Columns.Curve.values()));
        Cursor evaluations =
            Files.exists(evaluationFile)
                ? new Cursor(evaluationFile, Columns.evaluationHeader(withoutTimeLimit))
                : null;
        Cursor timings =
            Files.exists(timingFile)
                ? new Cursor(timingFile, Columns.headers(Columns.Timing.values()))
                : null) {
      int[] count = {0};
      String[] previous = {null};
      Csv.stream(
          trialFile,
          row -> {
            count[0]++;
            String id = row.get(Columns.Trial.TRIAL_ID.ordinal());
            int line = count[0] + 1;
            if (previous[0] != null && id.compareTo(previous[0]) <= 0) {
              throw refused(trialFile, line, "trial " + id + " is duplicated or out of order");
            }
            previous[0] = id;
            int bins = number(trialFile, line, row, Columns.Trial.CURVE_BINS);
            for (int b = 0; b < bins; b++) {
              curves.expect(id, Integer.toString(b), "bin");
            }
            int every = number(trialFile, line, row, Columns.Trial.EVAL_EVERY);
            int episodes = trained(trialFile, line, row);
            int points = every > 0 ? episodes / every : 0;
            if (points > 0 && evaluations == null) {
              throw new IllegalArgumentException(
                  "missing file " + evaluationFile + ": trial " + id + " has eval_every " + every);
            }
            for (int k = 1; k <= points; k++) {
              evaluations.expect(id, Integer.toString(k * every), "evaluation at episode");
            }
            if (timings != null) {
              timings.expect(id, null, "timing");
            }
          });
      if (count[0] == 0) {
        throw new IllegalArgumentException(trialFile + " has no trials");
      }
      curves.expectEnd();
      if (evaluations != null) {
        evaluations.expectEnd();
      }
      if (timings != null) {
        timings.expectEnd();
      }
      return count[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int number(Path file, int line, List<String> row, Columns.Trial column) {
    return count(file, line, row.get(column.ordinal()), column.header());
  }

  /** The episodes the row's trial was trained for ({@link Columns#episodesTrained}). */
  private static int trained(Path file, int line, List<String> row) {
    return count(file, line, Columns.episodesTrained(row), "episodes trained");
  }

  private static int count(Path file, int line, String text, String name) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Refused below.
    }
    throw refused(file, line, name + " '" + text + "' is not a count");
  }

  private static IllegalArgumentException refused(Path file, long line, String reason) {
    return new IllegalArgumentException(file + " line " + line + ": " + reason);
  }

  /** A CSV file read a row at a time, checked against what trials.csv says it must hold. */
  private static final class Cursor implements AutoCloseable {
    private final Path file;
    private final CsvRecords rows;
    private final int width;

    Cursor(Path file, List<String> header) throws IOException {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("missing file " + file);
      }
      this.file = file;
      this.rows = CsvRecords.open(file);
      this.width = header.size();
      if (!rows.hasNext() || !rows.next().equals(header)) {
        throw new IllegalArgumentException(file + " has the columns of another qsweep version");
      }
    }

    /** The next row must be trial {@code id}'s, with {@code key} in its second column. */
    void expect(String id, String key, String what) {
      String wanted = "trial " + id + (key == null ? "" : " " + what + " " + key);
      if (!rows.hasNext()) {
        throw new IllegalArgumentException(
            file + " ends before " + wanted + "'s row (the file is cut, or rows are missing)");
      }
      List<String> row = rows.next();
      long line = rows.recordNumber();
      if (row.size() != width) {
        throw refused(
            file,
            line,
            String.format(Locale.ROOT, "%d fields, the header has %d", row.size(), width));
      }
      if (!row.get(0).equals(id) || (key != null && !row.get(1).equals(key))) {
        throw refused(
            file,
            line,
            "expected "
                + wanted
                + ", found trial "
                + row.get(0)
                + (key == null ? "" : " " + what + " " + row.get(1))
                + " (a row is missing, extra or out of place)");
      }
    }

    /** Nothing may follow the last trial's rows. */
    void expectEnd() {
      if (rows.hasNext()) {
        List<String> row = rows.next();
        throw refused(
            file,
            rows.recordNumber(),
            "trial " + row.get(0) + "'s row is extra: no trial of trials.csv is left for it");
      }
    }

    @Override
    public void close() throws IOException {
      rows.close();
    }
  }
}
