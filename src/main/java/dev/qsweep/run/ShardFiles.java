package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.Csv;
import dev.qsweep.util.CsvRecords;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The k-way merge of shards' result files for {@link ShardMerger}: each shard's file is sorted, and
 * their merge streams the single run's order without holding the rows in memory.
 */
final class ShardFiles {
  private ShardFiles() {}

  /** The order of a results file's rows: by trial id, its first column. */
  static final Comparator<List<String>> FILE_ORDER = Comparator.comparing(r -> r.get(0));

  /** history.csv's: by batch, then trial id. */
  static final Comparator<List<String>> HISTORY_ORDER =
      Comparator.<List<String>>comparingLong(ShardFiles::batchOf)
          .thenComparing(r -> r.get(Columns.History.TRIAL_ID.ordinal()));

  private static long batchOf(List<String> historyRow) {
    String batch = historyRow.get(Columns.History.BATCH.ordinal());
    try {
      return Long.parseLong(batch);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          ResultFiles.HISTORY + ": batch '" + batch + "' is not a batch number", e);
    }
  }

  /** One input of the merge: its next row and the rest. */
  static final class Head {
    /** By {@code rows}, then by input (ties cannot span shards of a valid merge). */
    static Comparator<Head> by(Comparator<List<String>> rows) {
      return (a, b) -> {
        int c = rows.compare(a.row, b.row);
        return c != 0 ? c : Integer.compare(a.input, b.input);
      };
    }

    final int input;
    final Iterator<List<String>> rest;
    List<String> row;

    Head(int input, Iterator<List<String>> rest) {
      this.input = input;
      this.rest = rest;
    }

    boolean advance() {
      if (!rest.hasNext()) {
        return false;
      }
      row = rest.next();
      return true;
    }
  }

  /** Merges the shards' {@code name} files, each sorted by {@code rows}, into one sorted file. */
  static void mergeFile(
      List<Path> shards,
      String name,
      List<String> header,
      Comparator<List<String>> rows,
      Writer writer)
      throws IOException {
    List<CsvRecords> inputs = new ArrayList<>();
    try {
      PriorityQueue<Head> queue = new PriorityQueue<>(Head.by(rows));
      for (int i = 0; i < shards.size(); i++) {
        Path file = shards.get(i).resolve(name);
        if (!Files.exists(file)) {
          continue;
        }
        CsvRecords input = CsvRecords.open(file);
        inputs.add(input);
        Head head = new Head(i, input);
        checkArgument(
            head.advance() && head.row.equals(header),
            "%s has the columns of another qsweep version",
            file);
        if (head.advance()) {
          queue.add(head);
        }
      }
      Csv.writeRecord(writer, header);
      while (!queue.isEmpty()) {
        Head head = queue.poll();
        Csv.writeRecord(writer, head.row);
        if (head.advance()) {
          queue.add(head);
        }
      }
    } finally {
      for (CsvRecords input : inputs) {
        input.close();
      }
    }
  }
}
