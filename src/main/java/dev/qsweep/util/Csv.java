package dev.qsweep.util;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as qsweep writes it (Commons CSV): RFC 4180 quoting, '\n' line ends, UTF-8, and files
 * replaced atomically so a reader never sees half of one.
 */
public final class Csv {
  /** The format of every CSV qsweep writes and reads. */
  public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private Csv() {}

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
    writeAtomically(
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

  /** Something that writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes {@code content} to a temporary file beside {@code file}, then moves it into place. */
  public static void writeAtomically(Path file, Content content) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      // Not Files.createTempFile: its 0600 permissions would stick to the result.
      Path temp =
          parent.resolve(
              "." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
      try {
        try (Writer out =
            Files.newBufferedWriter(
                temp,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
          content.writeTo(out);
        }
        try {
          Files.move(
              temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
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

  /**
   * Reads a CSV file with a header row.
   *
   * @throws IllegalArgumentException if the file is missing or malformed, naming it
   */
  public static Table read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("missing file " + file);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
      List<List<String>> rows = new ArrayList<>();
      List<String> header = null;
      for (CSVRecord record : parser) {
        List<String> values = record.toList();
        if (header == null) {
          header = values;
        } else {
          if (values.size() != header.size()) {
            throw new IllegalArgumentException(
                String.format(
                    java.util.Locale.ROOT,
                    "%s line %d has %d fields, the header has %d",
                    file,
                    record.getRecordNumber(),
                    values.size(),
                    header.size()));
          }
          rows.add(values);
        }
      }
      if (header == null) {
        throw new IllegalArgumentException(file + " is empty");
      }
      return new Table(file, header, rows);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
