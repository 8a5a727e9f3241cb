package dev.qsweep.run;

import dev.qsweep.util.Csv;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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
 * <p>Records (one CSV line each, first field the kind): {@code H} header (format, source SHA-256,
 * trial count, shard), {@code T} a trials.csv row, {@code C} a curves.csv row, {@code V} an
 * evaluations.csv row, {@code S} a timings.csv row, {@code E} end of a trial (only then does it
 * count), {@code F} a failed trial. A line cut short by a kill is ignored and truncated away.
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

  /** What a journal holds: its header and its finished trials by index. */
  record Contents(Header header, Map<Integer, Entry> finished) {}

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
    byte[] bytes = Files.readAllBytes(file);
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    if (end != bytes.length) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(end);
      }
    }
    return new Journal(
        Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
  }

  /**
   * Reads {@code dir}'s journal.
   *
   * @throws IllegalArgumentException if it is not a qsweep journal
   */
  static Contents read(Path dir) {
    Path file = file(dir);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int lastLine = text.lastIndexOf('\n');
    text = lastLine < 0 ? "" : text.substring(0, lastLine + 1);
    Header header = null;
    Map<Integer, Entry> finished = new TreeMap<>();
    Map<Integer, Builder> open = new TreeMap<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(Csv.FORMAT).get()) {
      for (CSVRecord r : parser) {
        List<String> v = r.toList();
        String kind = v.get(0);
        if (kind.equals("H")) {
          if (v.size() != 5 || !v.get(1).equals(FORMAT_VERSION)) {
            throw new IllegalArgumentException(file + " is not a " + FORMAT_VERSION + " journal");
          }
          header = new Header(v.get(2), Integer.parseInt(v.get(3)), v.get(4));
          continue;
        }
        int index = Integer.parseInt(v.get(1));
        List<String> row = List.copyOf(v.subList(2, v.size()));
        Builder b = open.computeIfAbsent(index, k -> new Builder());
        switch (kind) {
          case "T":
            b.trialRow = row;
            break;
          case "C":
            b.curves.add(row);
            break;
          case "V":
            b.evaluations.add(row);
            break;
          case "S":
            b.timing = row;
            break;
          case "E":
            if (b.trialRow != null && b.timing != null) {
              finished.put(
                  index,
                  new Entry(
                      index,
                      b.trialRow,
                      List.copyOf(b.curves),
                      List.copyOf(b.evaluations),
                      b.timing));
            }
            open.remove(index);
            break;
          case "F":
            open.remove(index);
            break;
          default:
            throw new IllegalArgumentException(file + " has an unknown record kind " + kind);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      if (e instanceof IllegalArgumentException && e.getMessage().startsWith(file.toString())) {
        throw e;
      }
      throw new IllegalArgumentException(file + " is malformed: " + e.getMessage(), e);
    }
    if (header == null) {
      throw new IllegalArgumentException(file + " has no header; it is not a qsweep journal");
    }
    return new Contents(header, finished);
  }

  private static final class Builder {
    List<String> trialRow;
    final List<List<String>> curves = new ArrayList<>();
    final List<List<String>> evaluations = new ArrayList<>();
    List<String> timing;
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
