package dev.qsweep.run;

import dev.qsweep.util.AtomicFiles;
import dev.qsweep.util.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Writes a results folder's trial files from its journal: sorted by trial id, so the bytes depend
 * only on the trials, not on the order they finished in or the thread count.
 */
final class ResultWriter {
  private ResultWriter() {}

  /**
   * Writes trials.csv, curves.csv, timings.csv and (if asked) evaluations.csv into {@code dir} from
   * the journal there, for the finished trials at {@code blocks}, in trial order; each file
   * replaced atomically; trials.csv and evaluations.csv have {@code never_ends_probability} if
   * {@code withoutTimeLimit} ({@link Columns#trialColumns}). Trial order is trial-id order, so the
   * bytes do not depend on the order trials finished in. Returns the env steps the trials took
   * (their train_steps, summed).
   */
  static long writeFromJournal(
      Path dir,
      JournalReader.Contents contents,
      boolean withEvaluations,
      boolean withoutTimeLimit) {
    return writeFromJournal(
        dir,
        handler -> JournalOrder.forEachRecord(dir, contents, handler),
        withEvaluations,
        withoutTimeLimit,
        Columns.trialHeader(withoutTimeLimit),
        row -> row);
  }

  /**
   * {@link #writeFromJournal(Path, JournalReader.Contents, boolean, boolean)} for the trials whose
   * records are at {@code starts[i]} to {@code ends[i]} (in trial-id order), with trials.csv's
   * {@code trialHeader}, each trial's file row passed through {@code trialRow} (a search adds its
   * columns).
   */
  static long writeFromJournal(
      Path dir,
      long[] starts,
      long[] ends,
      boolean withEvaluations,
      boolean withoutTimeLimit,
      List<String> trialHeader,
      UnaryOperator<List<String>> trialRow) {
    return writeFromJournal(
        dir,
        handler -> JournalReader.forEachRecord(dir, starts, ends, handler),
        withEvaluations,
        withoutTimeLimit,
        trialHeader,
        trialRow);
  }

  /**
   * Writes the result files from the journal's records as {@code records} sends them, in trial-id
   * order: the grid's reorder pass over its journal, or a search's trials read where they are.
   */
  private static long writeFromJournal(
      Path dir,
      Consumer<JournalReader.RecordHandler> records,
      boolean withEvaluations,
      boolean withoutTimeLimit,
      List<String> trialHeader,
      UnaryOperator<List<String>> trialRow) {
    long[] envSteps = new long[1];
    List<Path> files = new ArrayList<>();
    List<List<String>> headers = new ArrayList<>();
    StringBuilder kinds = new StringBuilder();
    files.add(dir.resolve(ResultFiles.TRIALS));
    headers.add(trialHeader);
    kinds.append('T');
    files.add(dir.resolve(ResultFiles.CURVES));
    headers.add(Columns.headers(Columns.Curve.values()));
    kinds.append('C');
    if (withEvaluations) {
      files.add(dir.resolve(ResultFiles.EVALUATIONS));
      headers.add(Columns.evaluationHeader(withoutTimeLimit));
      kinds.append('V');
    } else {
      try {
        Files.deleteIfExists(dir.resolve(ResultFiles.EVALUATIONS));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    files.add(dir.resolve(ResultFiles.TIMINGS));
    headers.add(Columns.headers(Columns.Timing.values()));
    kinds.append('S');
    AtomicFiles.writeTexts(
        files,
        writers -> {
          for (int i = 0; i < writers.size(); i++) {
            print(writers.get(i), headers.get(i));
          }
          try {
            // One pass over the journal, each record to its file.
            records.accept(
                (kind, row) -> {
                  int i = kinds.indexOf(String.valueOf(kind));
                  if (kind == 'T') {
                    envSteps[0] += Long.parseLong(row.get(Columns.Trial.TRAIN_STEPS.ordinal()));
                  }
                  if (i == 0) {
                    print(writers.get(i), trialRow.apply(Columns.fileRow(row, withoutTimeLimit)));
                  } else if (kind == 'V') {
                    print(writers.get(i), Columns.evaluationFileRow(row, withoutTimeLimit));
                  } else if (i > 0) {
                    print(writers.get(i), row);
                  }
                });
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
        });
    return envSteps[0];
  }

  private static void print(Writer out, List<String> row) {
    try {
      Csv.writeRecord(out, row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
