package dev.qsweep.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class PTableLinesTest {
  /** Hands out at most 7 bytes a read, so that lines and cells straddle every refill. */
  private static InputStream trickle(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
  }

  private static List<String> lines(InputStream in) throws IOException {
    PTableLines lines = new PTableLines(in);
    List<String> all = new ArrayList<>();
    while (lines.next()) {
      all.add(lines.line());
    }
    return all;
  }

  private static List<String> readLines(String text) throws IOException {
    List<String> all = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new StringReader(text))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        all.add(line);
      }
    }
    return all;
  }

  @Test
  void next_endsLinesAsReadLineDoes() throws IOException {
    for (String text :
        List.of(
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\nb\r\n",
            "a\rb\r",
            "a\r\r\nb",
            "\n\n\nx\n",
            "x".repeat(200_000) + "\ny",
            "0,0,1.0,0,0,1\r\n".repeat(50))) {
      assertEquals(readLines(text), lines(trickle(text)), text.length() + " chars");
      assertEquals(
          readLines(text),
          lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
          text);
    }
  }

  @Test
  void split_countsFieldsAsCommasPlusOne_andKeepsTheFirstSix() throws IOException {
    String[] cases = {"", ",", "1,2,3,4,5,6", "1,2,3,4,5,6,7,8", ",,,,,", "a,b"};
    for (String line : cases) {
      PTableLines lines = new PTableLines(trickle(line + "\n"));
      assertTrue(lines.next());
      int n = lines.split();
      String[] parts = line.split(",", -1);
      assertEquals(parts.length, n, line);
      for (int i = 0; i < Math.min(n, 6); i++) {
        assertEquals(parts[i], lines.text(i), line);
      }
    }
  }

  private static PTableLines cell(String text) throws IOException {
    PTableLines lines = new PTableLines(trickle(text + ",x\n"));
    assertTrue(lines.next());
    lines.split();
    return lines;
  }

  @Test
  void plainDecimal_isBitForBitParseDouble_orDeclines() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "0",
                "-0",
                "1",
                "0.8",
                "0.1",
                "0.09999999999999998",
                "0.33333333333333337",
                "0.3333333333333333",
                "-10",
                "20",
                "1.0",
                "-1.5",
                ".5",
                "-.5",
                "007",
                "5.",
                "123456789012345678",
                "1234567890123456789",
                "9007199254740993",
                "0.0000000000000000000001",
                "0.00000000000000000000001",
                "1e3",
                "inf",
                "nan",
                "-",
                ".",
                "",
                "1.2.3",
                "+1",
                "0x1"));
    Random random = new Random(9);
    for (int i = 0; i < 20_000; i++) {
      double v = random.nextDouble() * Math.pow(10, random.nextInt(8) - 3);
      texts.add(random.nextBoolean() ? Double.toString(v) : Double.toString(-v));
      texts.add(String.format(java.util.Locale.ROOT, "%." + random.nextInt(20) + "f", v));
    }
    int fast = 0;
    for (String text : texts) {
      double parsed = cell(text).plainDecimal(0);
      if (Double.isNaN(parsed)) {
        continue;
      }
      fast++;
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(text)),
          Double.doubleToRawLongBits(parsed),
          text);
    }
    assertTrue(fast > 20_000, "the fast path took only " + fast + " cells");
    for (String declined : List.of("1e3", "inf", "-", "", "1.2.3", "+1", "5.", "0x1")) {
      assertTrue(Double.isNaN(cell(declined).plainDecimal(0)), declined);
    }
  }

  @Test
  void plainWhole_readsPlainDigits_andDeclinesTheRest() throws IOException {
    assertEquals(0, cell("0").plainWhole(0));
    assertEquals(99_999, cell("99999").plainWhole(0));
    assertEquals(123_456_789, cell("123456789").plainWhole(0));
    for (String declined : List.of("-1", "+1", "", "1234567890", "1.0", "x", "1 ")) {
      assertEquals(-1, cell(declined).plainWhole(0), declined);
    }
    assertTrue(cell("1").is(0, '1'));
    assertFalse(cell("10").is(0, '1'));
  }
}
