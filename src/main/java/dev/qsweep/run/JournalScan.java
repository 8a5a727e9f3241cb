package dev.qsweep.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * One pass of {@link JournalReader} over a journal, line by line: checks each line against the
 * rules of {@link Journal} and notes where each finished trial's records are.
 */
final class JournalScan {

  private final Path file;
  private final ToIntFunction<String> indexOf;
  private final BitSet finishedTrials;
  private Journal.Header header;
  private int lineNumber;
  private long validEnd;
  private int finished;
  private int open = -1;
  private String openId;
  private int openRecords;

  JournalScan(Path file, int trialCount, ToIntFunction<String> indexOf) {
    this.file = file;
    this.indexOf = indexOf;
    this.finishedTrials = new BitSet(trialCount);
  }

  JournalReader.Contents contents() {
    return new JournalReader.Contents(header, finishedTrials, finished, validEnd, indexOf);
  }

  void line(byte[] line, int length, long lineEnd) {
    lineNumber++;
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
        if (finishedTrials.get(index)) {
          throw refused("trial " + id + " is recorded twice");
        }
        expectFields("T", fields, Columns.Trial.values().length);
        open = index;
        openId = id;
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
        finishedTrials.set(open);
        finished++;
        open = -1;
        validEnd = lineEnd;
      }
      case 'F' -> {
        int index = known(id);
        if (open >= 0) {
          throw refused("a failure of trial " + id + " inside trial " + openId + "'s records");
        }
        if (finishedTrials.get(index)) {
          throw refused("trial " + id + " is recorded as failed after it finished");
        }
        expectFields("F", fields, 2);
        validEnd = lineEnd;
      }
      default -> throw refused("unknown record kind '" + kind + "'");
    }
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
