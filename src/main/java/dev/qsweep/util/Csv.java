package dev.qsweep.util;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as qsweep writes it (Commons CSV): RFC 4180 quoting, '\n' line ends, UTF-8, and files
 * replaced atomically so a reader never sees half of one.
 */
public final class Csv {
  /** The format of every CSV qsweep writes and reads. */
  public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private Csv() {}

  /**
   * The text of one record of {@code fields} in {@link #FORMAT}, without its line end: what {@code
   * FORMAT.format(fields.toArray())} returns.
   */
  public static String record(List<String> fields) {
    int length = fields.size();
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      if (!plain(field, i == 0)) {
        return FORMAT.format(fields.toArray());
      }
      length += field.length();
    }
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(fields.get(i));
    }
    return text.toString();
  }

  /**
   * Writes one record of {@code fields} and its line end to {@code out}: the bytes a Commons CSV
   * printer in {@link #FORMAT} writes, without a printer (and its per-character quoting logic) for
   * the plain fields that are all a results file holds.
   */
  public static void writeRecord(Writer out, List<String> fields) throws IOException {
    out.write(record(fields));
    out.write('\n');
  }

  /**
   * The fields of a record's text without a double quote, carriage return or line feed: the text
   * between its commas, as it is, which is how Commons CSV reads such a line (no escape character,
   * no trimming, an empty field between two commas). A mutable list, as Commons CSV's.
   */
  public static List<String> unquotedFields(String line) {
    List<String> fields = new ArrayList<>();
    int from = 0;
    for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', from)) {
      fields.add(line.substring(from, comma));
      from = comma + 1;
    }
    fields.add(line.substring(from));
    return fields;
  }

  /*
   * Whether Commons CSV prints a field as it is (QuoteMode.MINIMAL), by a stricter test than its
   * own: empty but not the record's first field (which it quotes), or no character at or below '#'
   * (which quotes a field starting with one, and covers CR, LF and the spaces it quotes at the
   * end), no comma and no double quote. Numbers, ids and empty options, all a journal line holds
   * but messages, pass; any other field takes the whole record through Commons CSV. A new
   * CSVPrinter per journal line made the JIT compile that path into two methods of 23 KB each in
   * the middle of a sweep (-XX:+LogCompilation: 0.55 s of compiler time each, during the main
   * job's trials, on the cores the trials were using).
   */
  private static boolean plain(String field, boolean first) {
    if (field.isEmpty()) {
      return !first;
    }
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c <= '#' || c == ',' || c == '"') {
        return false;
      }
    }
    return true;
  }

  /** A printer on {@code out} in {@link #FORMAT}. */
  public static CSVPrinter printer(Writer out) {
    try {
      return new CSVPrinter(out, FORMAT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code header} and {@code rows} to {@code file}, replacing it atomically. */
  public static void write(Path file, List<String> header, Iterable<? extends List<String>> rows) {
    AtomicFiles.writeText(
        file,
        out -> {
          CSVPrinter printer = printer(out);
          printer.printRecord(header);
          for (List<String> row : rows) {
            printer.printRecord(row);
          }
          printer.flush();
        });
  }

  /** A CSV file read whole: its header and its rows. */
  public record Table(Path file, List<String> header, List<List<String>> rows) {
    /** The index of column {@code name}. */
    public int column(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException(file + " has no column " + name);
      }
      return i;
    }
  }

  /** Receives the rows of a CSV file one at a time. */
  @FunctionalInterface
  public interface RowHandler {
    void row(List<String> values);
  }

  /**
   * Reads a CSV file with a header row whole.
   *
   * @throws IllegalArgumentException if the file is missing or malformed, naming it
   */
  public static Table read(Path file) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = stream(file, rows::add);
    return new Table(file, header, rows);
  }

  /**
   * The header row of a CSV file, read without the rest.
   *
   * @throws IllegalArgumentException if the file is missing or empty
   */
  public static List<String> header(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("missing file " + file);
    }
    // Commons CSV, which reads no further than the header (CsvRecords scans the whole file first).
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw new IllegalArgumentException(file + " is empty");
      }
      return records.next().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a CSV file with a header row one row at a time, so a file larger than memory can be read;
   * returns the header.
   *
   * @throws IllegalArgumentException if the file is missing, empty or has a row whose width is not
   *     the header's, naming the file and the line
   */
  public static List<String> stream(Path file, RowHandler handler) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("missing file " + file);
    }
    try (CsvRecords records = CsvRecords.open(file)) {
      List<String> header = null;
      while (records.hasNext()) {
        List<String> values = records.next();
        if (header == null) {
          header = values;
        } else {
          if (values.size() != header.size()) {
            throw new IllegalArgumentException(
                String.format(
                    Locale.ROOT,
                    "%s line %d has %d fields, the header has %d",
                    file,
                    records.recordNumber(),
                    values.size(),
                    header.size()));
          }
          handler.row(values);
        }
      }
      if (header == null) {
        throw new IllegalArgumentException(file + " is empty");
      }
      return header;
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
