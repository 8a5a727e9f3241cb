package dev.qsweep.run;

import dev.qsweep.util.Csv;
import java.io.BufferedInputStream;
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
 * <p>The final result files are streamed out of the journal trial by trial ({@link #forEachRow}),
 * so a sweep's memory does not grow with its results.
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
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      long offset = 0;
      long lineStart = 0;
      int b;
      while ((b = in.read()) >= 0) {
        offset++;
        if (b != '\n') {
          line.write(b);
          continue;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        int comma = text.indexOf(',');
        String kind = comma < 0 ? text : text.substring(0, comma);
        if (kind.equals("H")) {
          header = header(file, text);
        } else {
          int next = text.indexOf(',', comma + 1);
          int index = Integer.parseInt(text.substring(comma + 1, next < 0 ? text.length() : next));
          switch (kind) {
            case "T":
              open.put(index, lineStart);
              break;
            case "E":
              Long start = open.remove(index);
              if (start != null) {
                finished.put(index, new long[] {start, offset});
              }
              break;
            case "F":
              open.remove(index);
              break;
            case "C":
            case "V":
            case "S":
              break;
            default:
              throw new IllegalArgumentException(file + " has an unknown record kind " + kind);
          }
        }
        lineStart = offset;
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

  /**
   * Sends the rows of kind {@code kind} (T, C, V or S; without their kind and index fields) of the
   * finished trials at {@code blocks}, in that order, to {@code handler}, reading one trial's
   * records at a time.
   */
  static void forEachRow(Path dir, Iterable<long[]> blocks, String kind, Csv.RowHandler handler) {
    try (FileChannel ch = FileChannel.open(file(dir), StandardOpenOption.READ)) {
      for (long[] block : blocks) {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(block[1] - block[0]));
        while (buffer.hasRemaining()) {
          if (ch.read(buffer, block[0] + buffer.position()) < 0) {
            throw new IOException("the journal ends inside a trial's records");
          }
        }
        for (List<String> record : parse(new String(buffer.array(), StandardCharsets.UTF_8))) {
          if (record.get(0).equals(kind)) {
            handler.row(record.subList(2, record.size()));
          }
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
