package dev.qsweep.run;

import dev.qsweep.util.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a {@link Journal} back, trusting nothing: every line's checksum, the header's format and
 * qsweep version, every trial id, the order of each trial's records and their count. A journal that
 * breaks any rule is refused naming the file, the line and the reason. Only what a kill can leave
 * is accepted: an empty journal, a last line cut short, a last trial without its end marker.
 */
/*
 * Implementation note. Lines are checked as bytes: the checksum over the raw line, the trial id as
 * the unquoted second field, the field count by counting commas outside quotes. Only the header is
 * decoded. A million-trial journal is a few million lines, so this keeps reading it near disk
 * speed, and memory at one bit per trial of the grid (which trials are finished). JournalOrder
 * hands a grid's records on in trial order.
 */
final class JournalReader {
  private JournalReader() {}

  /**
   * What a journal holds.
   *
   * @param header its header, or {@code null} if the journal is empty (a kill before the header was
   *     written): then there is nothing to resume
   * @param finishedTrials the indices of the finished trials
   * @param finished the number of finished trials
   * @param validEnd the end of the last complete trial or failure: where appending resumes
   * @param indexOf maps a trial id to its index, as the journal was read with
   * @param batches a search's journaled batches, each with where its finished trials are (then
   *     {@code finishedTrials} is empty); empty for a grid's journal
   */
  record Contents(
      Journal.Header header,
      BitSet finishedTrials,
      int finished,
      long validEnd,
      ToIntFunction<String> indexOf,
      List<JournalScan.Batch> batches) {
    boolean isFinished(int index) {
      return finishedTrials.get(index);
    }
  }

  /**
   * Reads {@code dir}'s journal against a grid of {@code trialCount} trials whose ids {@code
   * indexOf} maps to their index (or -1 for an id that is not one of the trials this run owns).
   *
   * @throws IllegalArgumentException naming the file, line and reason, for a journal that is not
   *     this version's, or has a missing, duplicated, unknown, altered or misplaced record
   */
  static Contents read(Path dir, int trialCount, ToIntFunction<String> indexOf) {
    return read(dir, new JournalScan(Journal.file(dir), trialCount, indexOf));
  }

  /**
   * Reads {@code dir}'s journal of a search whose configurations have {@code replicates} trials:
   * its batches and where each batch's finished trials are.
   *
   * @throws IllegalArgumentException as {@link #read(Path, int, ToIntFunction)}, and for batches
   *     out of order or a trial that is not one of its batch's
   */
  static Contents readSearch(Path dir, int replicates) {
    return read(dir, new JournalScan(Journal.file(dir), replicates));
  }

  private static Contents read(Path dir, JournalScan scan) {
    lines(Journal.file(dir), Long.MAX_VALUE, scan::line);
    return scan.contents();
  }

  /**
   * Receives a journal line: {@code line[0, length)} without its line break, ending at {@code end}.
   */
  @FunctionalInterface
  interface LineHandler {
    void line(byte[] line, int length, long end);
  }

  /** Sends each complete line of {@code file} that ends by {@code limit} to {@code handler}. */
  static void lines(Path file, long limit, LineHandler handler) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[1 << 16];
      byte[] line = new byte[1024];
      int length = 0;
      long offset = 0;
      int n;
      while (offset < limit && (n = in.read(chunk)) > 0) {
        for (int at = 0; at < n && offset < limit; at++) {
          byte b = chunk[at];
          offset++;
          if (b != '\n') {
            if (length == line.length) {
              line = Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = b;
            continue;
          }
          handler.line(line, length, offset);
          length = 0;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IllegalArgumentException refusedAt(Path file, int line, String reason) {
    return new IllegalArgumentException(file + " line " + line + ": " + reason);
  }

  /**
   * The header of journal {@code file}, checked, or {@code null} if the file holds no complete
   * first line (a kill before the header was written).
   *
   * @throws IllegalArgumentException if it is not this version's journal, or was altered
   */
  static Journal.Header header(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] line = new byte[4096];
      int length = 0;
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        if (length == line.length) {
          throw refusedAt(file, 1, "not a qsweep journal: its first line is too long");
        }
        line[length++] = (byte) b;
      }
      return b < 0 ? null : header(file, line, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Journal.Header header(Path file, byte[] line, int length) {
    List<String> v = parse(new String(line, 0, length, StandardCharsets.UTF_8));
    if (v.isEmpty() || !v.get(0).equals("H")) {
      throw refusedAt(file, 1, "not a qsweep journal: the first line is not its header");
    }
    if (v.size() < 2 || !v.get(1).equals(Journal.FORMAT)) {
      throw refusedAt(
          file,
          1,
          "a journal of another qsweep version (format "
              + (v.size() < 2 ? "none" : v.get(1))
              + "); this qsweep ("
              + Versions.qsweep()
              + ") reads "
              + Journal.FORMAT
              + " only: finish that sweep with the qsweep that started it, or start over in a"
              + " new --out folder");
    }
    if (v.size() != 7 || !Journal.checksumHolds(line, length)) {
      throw refusedAt(file, 1, "checksum mismatch: the header was altered or damaged");
    }
    if (!v.get(2).equals(Versions.qsweep())) {
      throw refusedAt(
          file,
          1,
          "written by qsweep "
              + v.get(2)
              + ", this is qsweep "
              + Versions.qsweep()
              + ": finish it with that version, or start over in a new --out folder");
    }
    try {
      return new Journal.Header(v.get(2), v.get(3), Integer.parseInt(v.get(4)), v.get(5));
    } catch (NumberFormatException e) {
      throw refusedAt(file, 1, "the header's trial count " + v.get(4) + " is not a number");
    }
  }

  /** The fields of one CSV line, or none if it is not one. */
  static List<String> parse(String line) {
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(line)).setFormat(Csv.FORMAT).get()) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of() : records.get(0).toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  /** Receives a journal record: its kind and its row (the kind and checksum taken off). */
  @FunctionalInterface
  interface RecordHandler {
    void record(char kind, List<String> row);
  }

  /**
   * Sends the records of the trials at {@code starts[i]} to {@code ends[i]}, in that order, to
   * {@code handler}, skipping each {@code i} whose end is 0 (not finished); reading one trial's
   * records at a time. For a search's journal, whose batches are small ({@link JournalScan.Batch}).
   */
  static void forEachRecord(Path dir, long[] starts, long[] ends, RecordHandler handler) {
    try (FileChannel ch = FileChannel.open(Journal.file(dir), StandardOpenOption.READ)) {
      for (int index = 0; index < ends.length; index++) {
        if (ends[index] == 0) {
          continue;
        }
        long start = starts[index];
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(ends[index] - start));
        while (buffer.hasRemaining()) {
          if (ch.read(buffer, start + buffer.position()) < 0) {
            throw new IOException("the journal ends inside a trial's records");
          }
        }
        send(buffer.array(), handler);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one trial's journal lines and sends its records, without checksums or end marker. */
  static void send(byte[] records, RecordHandler handler) {
    String text = new String(records, StandardCharsets.UTF_8);
    int from = 0;
    while (from < text.length()) {
      int end = text.indexOf('\n', from);
      // Each line without its checksum; the end marker is not a row.
      if (text.charAt(from) != 'E') {
        List<String> fields = fields(text.substring(from, text.lastIndexOf(',', end)));
        handler.record(fields.get(0).charAt(0), fields.subList(1, fields.size()));
      }
      from = end + 1;
    }
  }

  /*
   * A line without a double quote (every line of numbers and ids) is split at its commas; a journal
   * line holds no line break (a failure message's are replaced), so any other line is one record to
   * Commons CSV (parse). A new parser per trial and its lexer were most of the time the result
   * files took to write.
   */
  private static List<String> fields(String line) {
    return line.indexOf('"') < 0 ? Csv.unquotedFields(line) : parse(line);
  }
}
