package dev.qsweep.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qsweep.learn.Xoshiro256StarStar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CsvRecordsTest {
  @TempDir Path dir;

  @Test
  void readsEveryFile_asCommonsCsvDoes_recordsAndTheirNumbers() throws IOException {
    // Plain files (numbers and ids, as qsweep writes) and files with every special character.
    String plainAlphabet = "0123456789.-Eacr_ ,\n\n";
    String anyAlphabet = "0123456789,\n\r\" #\t\u00e9\u2603";
    Xoshiro256StarStar random = new Xoshiro256StarStar(3);
    for (int n = 0; n < 3_000; n++) {
      String alphabet = random.nextInt(2) == 0 ? plainAlphabet : anyAlphabet;
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(60); c > 0; c--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Path file = Files.writeString(dir.resolve(n + ".csv"), text, StandardCharsets.UTF_8);
      assertEquals(commonsCsv(file), read(file), text.toString().replace("\r", "<CR>"));
    }
  }

  @Test
  void aQuoteLeftOpen_isAnError_asWithCommonsCsv() throws IOException {
    Path file = Files.writeString(dir.resolve("open.csv"), "a,b\n1,\"2\n");
    try (CsvRecords records = CsvRecords.open(file)) {
      assertEquals(List.of("a", "b"), records.next());
      assertThrows(UncheckedIOException.class, records::hasNext);
    }
  }

  @Test
  void bytesThatAreNotUtf8_areAnError() throws IOException {
    Path file = Files.write(dir.resolve("bad.csv"), new byte[] {'a', ',', (byte) 0xff, '\n'});
    try (CsvRecords records = CsvRecords.open(file)) {
      assertThrows(UncheckedIOException.class, records::hasNext);
    }
  }

  @Test
  void anEmptyFile_hasNoRecords() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.csv"), "\n\n");
    try (CsvRecords records = CsvRecords.open(file)) {
      assertFalse(records.hasNext());
    }
  }

  /** Each record's number, then its fields. */
  private static List<List<String>> read(Path file) throws IOException {
    List<List<String>> all = new ArrayList<>();
    try (CsvRecords records = CsvRecords.open(file)) {
      while (records.hasNext()) {
        List<String> record = new ArrayList<>(records.next());
        record.add(0, Long.toString(records.recordNumber()));
        all.add(record);
      }
    } catch (UncheckedIOException e) {
      all.add(List.of("error"));
    }
    return all;
  }

  private static List<List<String>> commonsCsv(Path file) throws IOException {
    List<List<String>> all = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))
            .setFormat(Csv.FORMAT)
            .get()) {
      for (CSVRecord r : parser) {
        List<String> record = new ArrayList<>(r.toList());
        record.add(0, Long.toString(r.getRecordNumber()));
        all.add(record);
      }
    } catch (UncheckedIOException e) {
      all.add(List.of("error"));
    }
    return all;
  }
}
