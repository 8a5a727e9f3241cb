package dev.qsweep.run;

import com.google.common.base.Strings;
import dev.qsweep.util.Checkpoint;
import dev.qsweep.util.Csv;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The append-only record of a running sweep: each finished trial is written and flushed as it
 * finishes, closed by an end marker, so after a kill at any moment {@code --resume} knows exactly
 * which trials are done. Everything is keyed by trial id.
 *
 * <p>One CSV line per record, its last field the CRC32C (8 hex digits) of the line's bytes before
 * that field: {@code H,FORMAT,QSWEEP_VERSION,SOURCE_SHA256,TRIALS,SHARD} the header (line 1); for a
 * trial, {@code T,trials.csv row}, then {@code C,curves.csv row} per bin, {@code V,evaluations.csv
 * row} per exact evaluation, {@code S,timings.csv row}, and {@code E,TRIAL_ID,RECORDS} its end
 * (only then does it count; RECORDS counts its T, C, V and S lines); {@code F,TRIAL_ID,MESSAGE} a
 * failed trial. Every row starts with its trial id. A trial's records are contiguous. {@link
 * JournalReader} checks all of this when it reads a journal back. T and V rows are full rows,
 * {@code never_ends_probability} included; the files drop it for a sweep whose environments all
 * have a time limit ({@link Columns#fileRow}, {@link Columns#evaluationFileRow}).
 *
 * <p>A search other than the full grid journals each batch the strategy decided before its trials:
 * {@code B,INDEX,LABEL,PROPOSALS}, batch indexes from 0 in order, PROPOSALS the batch's
 * configurations as {@code CONFIG_ID/FROM/BUDGET/STAGE} separated by spaces (FROM the episodes a
 * continued configuration trained before). The trials after it, until the next {@code B}, are that
 * batch's. A resume replays the journaled batches instead of deciding them anew (a grid's journal
 * has no {@code B} record, so the format is the same).
 */
final class Journal implements Closeable {
  static final String FILE = "journal.csv";

  /** The format this qsweep writes and reads; a journal of any other is refused. */
  static final String FORMAT = "qsweep-journal-3";

  /** What a journal belongs to; a resume must match it exactly. */
  record Header(String qsweepVersion, String sourceSha256, int trialCount, String shard) {}

  private final BufferedWriter writer;

  private Journal(BufferedWriter writer) {
    this.writer = writer;
  }

  static Path file(Path dir) {
    return dir.resolve(FILE);
  }

  /** Starts a new journal in {@code dir}, replacing an empty or header-only one. */
  static Journal create(Path dir, Header header) throws IOException {
    BufferedWriter w =
        Files.newBufferedWriter(
            file(dir),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
    Checkpoint.reach("journal-created");
    Journal j = new Journal(w);
    j.writeLine(
        List.of(
            "H",
            FORMAT,
            header.qsweepVersion(),
            header.sourceSha256(),
            Integer.toString(header.trialCount()),
            header.shard()));
    Checkpoint.reach("journal-header");
    return j;
  }

  /**
   * Reopens {@code dir}'s journal for appending after its last complete trial or failure at {@code
   * validEnd} ({@link JournalReader.Contents#validEnd()}): what a kill left after it (a cut line, a
   * trial without its end marker) is cut off first.
   */
  static Journal append(Path dir, long validEnd) throws IOException {
    Path file = file(dir);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(validEnd);
    }
    return new Journal(
        Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
  }

  /**
   * Appends a finished trial and flushes it. Its lines are formatted before the journal is locked,
   * so that threads finishing trials together wait only for each other's write, not formatting.
   */
  void append(TrialRows e) throws IOException {
    StringBuilder text = new StringBuilder(128 * (e.curveRows().size() + 4));
    record(text, "T", e.trialRow());
    for (List<String> row : e.curveRows()) {
      record(text, "C", row);
    }
    for (List<String> row : e.evaluationRows()) {
      record(text, "V", row);
    }
    record(text, "S", e.timingRow());
    int records = 2 + e.curveRows().size() + e.evaluationRows().size();
    line(text, List.of("E", e.trialId(), Integer.toString(records)));
    synchronized (this) {
      writer.write(text.toString());
      writer.flush();
      Checkpoint.reach("trial-journaled");
    }
  }

  /** Appends batch {@code index} of a search: {@code proposals} as {@code ID/FROM/BUDGET/STAGE}. */
  synchronized void appendBatch(int index, String label, List<String> proposals)
      throws IOException {
    writeLine(List.of("B", Integer.toString(index), label, String.join(" ", proposals)));
    Checkpoint.reach("batch-journaled");
  }

  /** Appends a failed trial. */
  synchronized void appendFailure(String trialId, String message) throws IOException {
    writeLine(List.of("F", trialId, message.replace('\n', ' ').replace('\r', ' ')));
  }

  /** Writes one journal line of {@code fields} and flushes it. */
  private void writeLine(List<String> fields) throws IOException {
    StringBuilder text = new StringBuilder();
    line(text, fields);
    writer.write(text.toString());
    writer.flush();
  }

  private static void record(StringBuilder out, String kind, List<String> row) {
    List<String> all = new ArrayList<>(row.size() + 1);
    all.add(kind);
    all.addAll(row);
    line(out, all);
  }

  /** Appends one journal line of {@code fields} to {@code out}, with its checksum and newline. */
  private static void line(StringBuilder out, List<String> fields) {
    String text = Csv.record(fields);
    out.append(text)
        .append(',')
        .append(checksum(text.getBytes(StandardCharsets.UTF_8), 0, -1))
        .append('\n');
  }

  /**
   * The CRC32C of {@code bytes[0, length)} ({@code length < 0}: all of them) as 8 lower-case hex
   * digits: the last field of every journal line.
   */
  static String checksum(byte[] bytes, int offset, int length) {
    // Lower case, under 2^32.
    return Strings.padStart(Long.toHexString(crc(bytes, offset, length)), 8, '0');
  }

  /** The CRC32C of {@code bytes[offset, offset + length)} ({@code length < 0}: to the end). */
  static long crc(byte[] bytes, int offset, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, offset, length < 0 ? bytes.length - offset : length);
    return crc.getValue();
  }

  /**
   * Whether {@code line[0, length)} ends with the checksum of what precedes it: a comma and 8
   * lower-case hex digits.
   */
  static boolean checksumHolds(byte[] line, int length) {
    int at = length - 9;
    if (at < 0 || line[at] != ',') {
      return false;
    }
    long value = 0;
    for (int i = at + 1; i < length; i++) {
      int digit = Character.digit(line[i], 16);
      if (digit < 0 || (line[i] >= 'A' && line[i] <= 'F')) {
        return false;
      }
      value = value << 4 | digit;
    }
    return value == crc(line, 0, at);
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
  }
}
