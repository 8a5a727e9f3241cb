package dev.qsweep.util;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV file in {@link Csv#FORMAT}, read one at a time, each with its record number
 * (1 for the first, blank lines not counted), as Commons CSV reads them.
 */
/*
 * Implementation note. A file without a double quote or a carriage return (every file of numbers
 * and ids that qsweep writes) has no quoted field and '\n' line ends only; Commons CSV reads each
 * of its lines that is not empty as one record, its fields the text between the commas as it is.
 * Such a file is read that way, by lines split at commas, which took a third of Commons CSV's time
 * on a sweep's curves.csv; any other file is read by Commons CSV. Deciding takes a scan of the
 * file's bytes first, so memory stays flat whatever its size.
 */
public final class CsvRecords implements Iterator<List<String>>, Closeable {
  private final BufferedReader plain;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private String pending;
  private long number;

  private CsvRecords(Path file) throws IOException {
    // The scan first: a file it cannot read leaves no reader open.
    boolean quoted = quotesOrCarriageReturns(file);
    BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    if (quoted) {
      plain = null;
      parser = CSVParser.builder().setReader(in).setFormat(Csv.FORMAT).get();
      records = parser.iterator();
    } else {
      plain = in;
      parser = null;
      records = null;
    }
  }

  /**
   * Opens {@code file} for reading.
   *
   * @throws IOException if it cannot be read
   */
  public static CsvRecords open(Path file) throws IOException {
    return new CsvRecords(file);
  }

  /**
   * {@inheritDoc}
   *
   * @throws UncheckedIOException if the file cannot be read or is not CSV (a quote left open)
   */
  @Override
  public boolean hasNext() {
    if (records != null) {
      return records.hasNext();
    }
    try {
      while (pending == null) {
        String line = plain.readLine();
        if (line == null) {
          return false;
        }
        if (!line.isEmpty()) {
          pending = line;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next record's fields. */
  @Override
  public List<String> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (records != null) {
      CSVRecord record = records.next();
      number = record.getRecordNumber();
      return record.toList();
    }
    String line = pending;
    pending = null;
    number++;
    return Csv.unquotedFields(line);
  }

  /** The record number of the record {@link #next} returned last: 1 for the first. */
  public long recordNumber() {
    return number;
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    } else {
      plain.close();
    }
  }

  private static boolean quotesOrCarriageReturns(Path file) throws IOException {
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '"' || buffer[i] == '\r') {
            return true;
          }
        }
      }
    }
    return false;
  }
}
