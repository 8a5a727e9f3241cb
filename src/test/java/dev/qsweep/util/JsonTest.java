package dev.qsweep.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(HostileLocale.class)
final class JsonTest {
  record Sample(
      @JsonProperty("name") String name,
      @JsonProperty("value") double value,
      @JsonProperty("count") long count,
      @JsonProperty("tags") List<String> tags,
      @JsonProperty("options") Map<String, String> options) {}

  private static Sample sample(String name, double value) {
    return new Sample(name, value, 3, List.of("a", "b"), Map.of());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.1|0.1",
        "7.93|7.93",
        "1.0|1.0",
        "-0.0|-0.0",
        "1.0E-5|0.00001",
        "1.0E20|100000000000000000000.0",
        "0.30000000000000004|0.30000000000000004",
        "NaN|null",
        "Infinity|null",
        "-Infinity|null",
      })
  void write_numbersInTheirShortestExactFormWithoutALocale(double value, String written) {
    assertEquals(
        "{\"name\": \"x\", \"value\": "
            + written
            + ", \"count\": 3, \"tags\": [\"a\", \"b\"], \"options\": {}}",
        Json.write(sample("x", value)));
  }

  @Test
  void write_escapesWhatJsonNeedsAndKeepsTheRest() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("k\"1", "v\\1");
    options.put("İı", "line\nbreak\ttab");
    assertEquals(
        "{\"name\": \"q\\\"uote\\u0001\", \"value\": 0.5, \"count\": -1, \"tags\": [], \"options\":"
            + " {\"k\\\"1\": \"v\\\\1\", \"İı\": \"line\\nbreak\\ttab\"}}",
        Json.write(new Sample("q\"uote\u0001", 0.5, -1, List.of(), options)));
  }

  @Test
  void read_roundTripsWhatItWrote(@TempDir Path dir) throws IOException {
    Sample s = new Sample("ğ \"x\"", 1e-300, Long.MAX_VALUE, List.of("", "y"), Map.of("a", ""));
    Path file = dir.resolve("s.json");
    Files.writeString(file, Json.write(s));
    assertEquals(s, Json.read(file, Sample.class, "sample"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'{\"name\": \"x\", \"value\": 1.0, \"count\": 3, \"tags\": []}'|1:51|options",
        "'{\"name\": \"x\", \"value\": \"1\", \"count\": 3, \"tags\": [], \"options\": {}}'|1:24|value",
        "'{\"name\": \"x\", \"value\": 1, \"count\": 3.5, \"tags\": [], \"options\": {}}'|1:36|count",
        "'{\"name\": 5, \"value\": 1, \"count\": 3, \"tags\": [], \"options\": {}}'|1:10|name",
        "'{\"name\": \"x\", \"value\": 1, \"count\": 3, \"tags\": [], \"options\": {}, \"x\": 1}'|1:72|x",
        "'{\"name\": \"x\", \"value\": 1, \"count\": 3, \"tags\": [], \"options\": {}} {}'|1:66|",
        "'{\"name\": \"x\", \"value\": 1, \"count\": 3, \"tags\": [], \"options\": {}'|1:64|",
        "'{\"name\": \"x\" \"value\": 1}'|1:14|",
        "'[]'|1:1|",
        "'nul'|1:1|",
      })
  void read_damagedFile_oneLineNamingFileLineAndField(
      String text, String at, String field, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(file, text);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Json.read(file, Sample.class, "sample"));
    String message = e.getMessage();
    assertTrue(message.startsWith(file + ":" + at + ": not a sample: "), message);
    assertTrue(field == null || message.contains("field " + field), message);
    assertTrue(!message.contains("\n") && !message.contains("Feature"), message);
  }
}
