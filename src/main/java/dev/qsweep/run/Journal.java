package dev.qsweep.run;

import dev.qsweep.util.Csv;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The append-only record of a running sweep: each finished trial is written and flushed as it
 * finishes, closed by an end marker, so after a kill at any moment {@code --resume} knows exactly
 * which trials are done.
 *
 * <p>Records (one CSV line each, first field the kind, second the trial index): {@code H} header
 * (format, source SHA-256, trial count, shard), {@code T} a trials.csv row, {@code C} a curves.csv
 * row, {@code V} an evaluations.csv row, {@code S} a timings.csv row, {@code E} end of a trial
 * (only then does it count), {@code F} a failed trial. A trial's records are contiguous. A line cut
 * short by a kill is ignored and truncated away before appending.
 *
 * <p>The final result files are streamed out of the journal trial by trial ({@link
 * #forEachRecord}), so a sweep's memory does not grow with its results.
 */
final class Journal implements Closeable {
  static final String FILE = "journal.csv";
  private static final String FORMAT_VERSION = "qsweep-journal-1";

  /** What a journal belongs to; a resume must match it exactly. */
  record Header(String sourceSha256, int trialCount, String shard) {}

  /** A finished trial's rows. */
  record Entry(
      int index,
      List<String> trialRow,
      List<List<String>> curveRows,
      List<List<String>> evaluationRows,
      List<String> timingRow) {}

  /**
   * What a journal holds: its header, and for each finished trial (by index) the byte range {@code
   * [start, end)} of its records.
   */
  record Contents(Header header, Map<Integer, long[]> finished) {}

  private final BufferedWriter writer;
  private final CSVPrinter printer;

  private Journal(BufferedWriter writer) {
    this.writer = writer;
    this.printer = Csv.printer(writer);
  }

  static Path file(Path dir) {
    return dir.resolve(FILE);
  }

  /** Starts a new journal in {@code dir}. */
  static Journal create(Path dir, Header header) throws IOException {
    BufferedWriter w =
        Files.newBufferedWriter(
            file(dir),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
    Journal j = new Journal(w);
    j.printer.printRecord(
        "H", FORMAT_VERSION, header.sourceSha256(), header.trialCount(), header.shard());
    j.printer.flush();
    return j;
  }

  /**
   * Reopens {@code dir}'s journal for appending, first cutting off a line a kill left unfinished.
   */
  static Journal append(Path dir) throws IOException {
    Path file = file(dir);
    long end = Files.size(file);
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer one = ByteBuffer.allocate(1);
      while (end > 0) {
        one.clear();
        ch.read(one, end - 1);
        if (one.get(0) == '\n') {
          break;
        }
        end--;
      }
      ch.truncate(end);
    }
    return new Journal(
        Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
  }

  /**
   * Reads {@code dir}'s journal: its header and where each finished trial's records are. A line
   * without its line end (cut by a kill) is ignored, and so is a trial without its end marker.
   *
   * @throws IllegalArgumentException if it is not a qsweep journal
   */
  static Contents read(Path dir) {
    Path file = file(dir);
    Header header = null;
    Map<Integer, long[]> finished = new TreeMap<>();
    Map<Integer, Long> open = new HashMap<>();
    // Only each line's kind and trial index are looked at: a journal can be far larger than the
    // rows a trial keeps, and is scanned without decoding it.
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[1 << 16];
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      long offset = 0;
      long lineStart = 0;
      boolean headerLine = false;
      int n;
      while ((n = in.read(chunk)) > 0) {
        for (int at = 0; at < n; at++) {
          byte b = chunk[at];
          offset++;
          if (b != '\n') {
            if (line.size() == 0) {
              headerLine = b == 'H';
            }
            // Kind and index come first; of other records, the rest is not needed.
            if (headerLine || line.size() < 32) {
              line.write(b);
            }
            continue;
          }
          byte[] head = line.toByteArray();
          line.reset();
          if (head.length > 0 && head[0] == 'H') {
            header = header(file, new String(head, StandardCharsets.UTF_8));
          } else {
            record(file, head, lineStart, offset, open, finished);
          }
          lineStart = offset;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException(file + " is malformed: " + e.getMessage(), e);
    }
    if (header == null) {
      throw new IllegalArgumentException(file + " has no header; it is not a qsweep journal");
    }
    return new Contents(header, finished);
  }

  /** Notes one non-header line: a trial's first record, its end, or its failure. */
  private static void record(
      Path file,
      byte[] head,
      long lineStart,
      long lineEnd,
      Map<Integer, Long> open,
      Map<Integer, long[]> finished) {
    if (head.length < 3 || head[1] != ',') {
      throw new IllegalArgumentException(file + " has a malformed line at byte " + lineStart);
    }
    int index = 0;
    int at = 2;
    while (at < head.length && head[at] != ',') {
      int digit = head[at++] - '0';
      if (digit < 0 || digit > 9) {
        throw new IllegalArgumentException(file + " has a malformed index at byte " + lineStart);
      }
      index = index * 10 + digit;
    }
    switch (head[0]) {
      case 'T':
        open.put(index, lineStart);
        break;
      case 'E':
        Long start = open.remove(index);
        if (start != null) {
          finished.put(index, new long[] {start, lineEnd});
        }
        break;
      case 'F':
        open.remove(index);
        break;
      case 'C':
      case 'V':
      case 'S':
        break;
      default:
        throw new IllegalArgumentException(file + " has an unknown record kind " + (char) head[0]);
    }
  }

  private static Header header(Path file, String line) {
    List<String> v = parse(line).get(0);
    if (v.size() != 5 || !v.get(1).equals(FORMAT_VERSION)) {
      throw new IllegalArgumentException(file + " is not a " + FORMAT_VERSION + " journal");
    }
    return new Header(v.get(2), Integer.parseInt(v.get(3)), v.get(4));
  }

  private static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(Csv.FORMAT).get()) {
      for (CSVRecord r : parser) {
        records.add(r.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** Receives a journal record: its kind and its row (without the kind and index fields). */
  @FunctionalInterface
  interface RecordHandler {
    void record(String kind, List<String> row);
  }

  /**
   * Sends every record of the finished trials at {@code blocks}, in that order, to {@code handler},
   * reading one trial's records at a time.
   */
  static void forEachRecord(Path dir, Iterable<long[]> blocks, RecordHandler handler) {
    try (FileChannel ch = FileChannel.open(file(dir), StandardOpenOption.READ)) {
      for (long[] block : blocks) {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(block[1] - block[0]));
        while (buffer.hasRemaining()) {
          if (ch.read(buffer, block[0] + buffer.position()) < 0) {
            throw new IOException("the journal ends inside a trial's records");
          }
        }
        for (List<String> record : parse(new String(buffer.array(), StandardCharsets.UTF_8))) {
          handler.record(record.get(0), record.subList(2, record.size()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends a finished trial and flushes it. */
  synchronized void append(Entry e) throws IOException {
    String index = Integer.toString(e.index());
    printer.printRecord(prefixed("T", index, e.trialRow()));
    for (List<String> row : e.curveRows()) {
      printer.printRecord(prefixed("C", index, row));
    }
    for (List<String> row : e.evaluationRows()) {
      printer.printRecord(prefixed("V", index, row));
    }
    printer.printRecord(prefixed("S", index, e.timingRow()));
    printer.printRecord("E", index);
    printer.flush();
  }

  /** Appends a failed trial. */
  synchronized void appendFailure(int index, String trialId, String message) throws IOException {
    printer.printRecord("F", Integer.toString(index), trialId, message.replace('\n', ' '));
    printer.flush();
  }

  private static List<String> prefixed(String kind, String index, List<String> row) {
    List<String> all = new ArrayList<>(row.size() + 2);
    all.add(kind);
    all.add(index);
    all.addAll(row);
    return all;
  }

  @Override
  public synchronized void close() throws IOException {
    printer.flush();
    writer.close();
  }
}
