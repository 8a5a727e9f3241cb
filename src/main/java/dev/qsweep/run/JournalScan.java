package dev.qsweep.run;

import com.google.common.base.Splitter;
import dev.qsweep.experiment.Grid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * One pass of {@link JournalReader} over a journal, line by line: checks each line against the
 * rules of {@link Journal} and notes where each finished trial's records are: in a grid's journal
 * by trial index, in a search's by batch and index in the batch.
 */
final class JournalScan {

  /**
   * A batch of a search's journal as far as it got.
   *
   * @param index its index, from 0
   * @param label its label
   * @param proposals its configurations, as journaled ({@code ID/FROM/BUDGET/STAGE})
   * @param starts for each trial (proposal-major, replicate-minor), where its records start
   * @param ends one past each trial's end marker, or 0 if it is not finished
   */
  record Batch(int index, String label, List<String> proposals, long[] starts, long[] ends) {
    boolean isFinished(int trial) {
      return ends[trial] > 0;
    }

    /** Whether every trial of the batch finished. */
    boolean complete() {
      for (long end : ends) {
        if (end == 0) {
          return false;
        }
      }
      return true;
    }
  }

  private final Path file;
  private final int replicates; // 0: a grid's journal
  // A grid's journal: one bit per trial of the grid (which are finished), nothing more.
  private final BitSet finishedTrials;
  // A search's journal: its batches, and where the current batch's trials are (batches are small).
  private final List<Batch> batches = new ArrayList<>();
  private ToIntFunction<String> indexOf;
  private long[] starts;
  private long[] ends;
  private Journal.Header header;
  private int lineNumber;
  private long lineStart;
  private long validEnd;
  private int finished;
  private int open = -1;
  private String openId;
  private long openStart;
  private int openRecords;

  JournalScan(Path file, int trialCount, ToIntFunction<String> indexOf) {
    this.file = file;
    this.replicates = 0;
    this.indexOf = indexOf;
    this.finishedTrials = new BitSet(trialCount);
  }

  /** A scan of a search's journal, whose configurations have {@code replicates} trials each. */
  JournalScan(Path file, int replicates) {
    this.file = file;
    this.replicates = replicates;
    this.finishedTrials = new BitSet(0);
    this.indexOf = id -> -1; // no trial before the first batch
    this.starts = new long[0];
    this.ends = new long[0];
  }

  JournalReader.Contents contents() {
    return replicates == 0
        ? new JournalReader.Contents(header, finishedTrials, finished, validEnd, indexOf, List.of())
        : new JournalReader.Contents(
            header, new BitSet(0), finished, validEnd, id -> -1, List.copyOf(batches));
  }

  /** Whether trial {@code index} (of the grid, or of the current batch) is finished. */
  private boolean isFinished(int index) {
    return replicates == 0 ? finishedTrials.get(index) : ends[index] > 0;
  }

  void line(byte[] line, int length, long lineEnd) {
    lineNumber++;
    long start = lineStart;
    lineStart = lineEnd;
    if (lineNumber == 1) {
      header = JournalReader.header(file, line, length);
      validEnd = lineEnd;
      return;
    }
    if (!Journal.checksumHolds(line, length)) {
      throw refused("checksum mismatch: the record was altered or damaged");
    }
    int crcAt = length - 9;
    int fields = fieldCount(line, crcAt);
    String id = secondField(line, crcAt);
    char kind = (char) line[0];
    switch (kind) {
      case 'T' -> {
        int index = known(id);
        if (open >= 0) {
          throw refused("trial " + id + " begins inside trial " + openId + "'s records");
        }
        if (isFinished(index)) {
          throw refused("trial " + id + " is recorded twice");
        }
        expectFields("T", fields, Columns.Trial.values().length);
        open = index;
        openId = id;
        openStart = start;
        openRecords = 1;
      }
      case 'C', 'V', 'S' -> {
        inOpenTrial(kind, id);
        int width =
            kind == 'C'
                ? Columns.Curve.values().length
                : kind == 'V' ? Columns.Evaluation.values().length : Columns.Timing.values().length;
        expectFields(String.valueOf(kind), fields, width);
        openRecords++;
      }
      case 'E' -> {
        inOpenTrial(kind, id);
        expectFields("E", fields, 2);
        String count = field(line, crcAt, 2);
        if (!count.equals(Integer.toString(openRecords))) {
          throw refused(
              String.format(
                  Locale.ROOT,
                  "trial %s's end marker counts %s records but %d precede it (a record is"
                      + " missing or extra)",
                  id,
                  count,
                  openRecords));
        }
        if (replicates == 0) {
          finishedTrials.set(open);
        } else {
          starts[open] = openStart;
          ends[open] = lineEnd;
        }
        finished++;
        open = -1;
        validEnd = lineEnd;
      }
      case 'F' -> {
        int index = known(id);
        if (open >= 0) {
          throw refused("a failure of trial " + id + " inside trial " + openId + "'s records");
        }
        if (isFinished(index)) {
          throw refused("trial " + id + " is recorded as failed after it finished");
        }
        expectFields("F", fields, 2);
        validEnd = lineEnd;
      }
      case 'B' -> {
        if (replicates == 0) {
          throw refused("a batch record in the journal of a grid");
        }
        if (open >= 0) {
          throw refused("a batch begins inside trial " + openId + "'s records");
        }
        expectFields("B", fields, 3);
        batch(JournalReader.parse(new String(line, 0, crcAt, StandardCharsets.UTF_8)));
        validEnd = lineEnd;
      }
      default -> throw refused("unknown record kind '" + kind + "'");
    }
  }

  /** Starts batch {@code v} ({@code B,INDEX,LABEL,PROPOSALS}): its trials come next. */
  private void batch(List<String> v) {
    if (v.size() != 4 || !v.get(1).equals(Integer.toString(batches.size()))) {
      throw refused("batch " + (v.size() > 1 ? v.get(1) : "?") + " is not batch " + batches.size());
    }
    List<String> proposals =
        v.get(3).isEmpty() ? List.of() : Splitter.on(' ').splitToList(v.get(3));
    Map<String, Integer> ids = new HashMap<>();
    for (int p = 0; p < proposals.size(); p++) {
      List<String> parts = Splitter.on('/').splitToList(proposals.get(p));
      if (parts.size() != 4) {
        throw refused("batch " + v.get(1) + " proposes '" + proposals.get(p) + "'");
      }
      for (int r = 0; r < replicates; r++) {
        if (ids.put(Grid.trialId(parts.get(0), r, replicates), p * replicates + r) != null) {
          throw refused("batch " + v.get(1) + " proposes " + parts.get(0) + " twice");
        }
      }
    }
    if (ids.isEmpty()) {
      throw refused("batch " + v.get(1) + " proposes nothing");
    }
    starts = new long[ids.size()];
    ends = new long[ids.size()];
    indexOf = id -> ids.getOrDefault(id, -1);
    batches.add(new Batch(batches.size(), v.get(2), proposals, starts, ends));
  }

  private int known(String id) {
    int index = id == null ? -1 : indexOf.applyAsInt(id);
    if (index < 0) {
      throw refused("unknown trial id " + id + ": not a trial of this sweep");
    }
    return index;
  }

  private void inOpenTrial(char kind, String id) {
    if (open < 0 || !openId.equals(id)) {
      throw refused(
          "a "
              + kind
              + " record of trial "
              + id
              + (open < 0 ? " outside any trial's records" : " inside trial " + openId + "'s"));
    }
  }

  private void expectFields(String kind, int fields, int expected) {
    // The kind and the checksum are fields too.
    if (fields != expected + 1) {
      throw refused(
          String.format(
              Locale.ROOT, "a %s record has %d fields, expected %d", kind, fields - 1, expected));
    }
  }

  private IllegalArgumentException refused(String reason) {
    return JournalReader.refusedAt(file, lineNumber, reason);
  }

  /** Fields of {@code line[0, end)}: commas outside quotes, plus one. */
  private static int fieldCount(byte[] line, int end) {
    int fields = 1;
    boolean quoted = false;
    for (int i = 0; i < end; i++) {
      if (line[i] == '"') {
        quoted = !quoted;
      } else if (line[i] == ',' && !quoted) {
        fields++;
      }
    }
    return fields;
  }

  /** The second field of {@code line[0, end)} if it is plain (a trial id), else {@code null}. */
  static String secondField(byte[] line, int end) {
    return field(line, end, 1);
  }

  /** Unquoted field {@code k} (0-based) of {@code line[0, end)}, or {@code null}. */
  private static String field(byte[] line, int end, int k) {
    int from = 0;
    for (int f = 0; f < k; f++) {
      while (from < end && line[from] != ',') {
        if (line[from] == '"') {
          return null;
        }
        from++;
      }
      from++;
    }
    if (from > end) {
      return null;
    }
    int to = from;
    while (to < end && line[to] != ',') {
      if (line[to] == '"') {
        return null;
      }
      to++;
    }
    return new String(line, from, to - from, StandardCharsets.UTF_8);
  }
}
