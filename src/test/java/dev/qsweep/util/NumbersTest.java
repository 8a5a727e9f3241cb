package dev.qsweep.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class NumbersTest {
  @Test
  void format_writesLikePythonsRepr() {
    assertEquals("1.0", Numbers.format(1.0));
    assertEquals("0.1", Numbers.format(0.1));
    assertEquals("0.3333333333333333", Numbers.format(1.0 / 3));
    assertEquals("0.0001", Numbers.format(1e-4));
    assertEquals("-0.5", Numbers.format(-0.5));
    assertEquals("0.0", Numbers.format(0.0));
    assertEquals("nan", Numbers.format(Double.NaN));
  }

  @Test
  void format_isTheBigDecimalRoundTrip_forEveryKindOfDouble() {
    SplittableRandom random = new SplittableRandom(5);
    List<Double> values = new ArrayList<>();
    for (double edge :
        new double[] {
          1e-3,
          1e7,
          1,
          10,
          100,
          0.1,
          0.5,
          1e-4,
          9999999.5,
          123456.0,
          1e22,
          Double.parseDouble("1e23")
        }) {
      for (double v : new double[] {edge, Math.nextUp(edge), Math.nextDown(edge)}) {
        values.add(v);
        values.add(-v);
      }
    }
    for (int i = 0; i < 200_000; i++) {
      values.add(Double.longBitsToDouble(random.nextLong())); // every exponent
      values.add((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4));
      values.add(Math.rint((random.nextDouble() - 0.5) * 1e6) / 8); // whole and short fractions
    }
    for (double v : values) {
      if (Double.isFinite(v) && v != 0) {
        String plain = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
        String expected = plain.indexOf('.') < 0 ? plain + ".0" : plain;
        assertEquals(expected, Numbers.format(v), () -> "bits " + Double.doubleToRawLongBits(v));
      }
    }
  }

  @Test
  void parse_readsWhatFormatWrites_includingNan() {
    for (double v : new double[] {0.1, 1.0 / 3, -0.5, 1e-4, 13.07, Double.MAX_VALUE}) {
      assertEquals(v, Numbers.parse(Numbers.format(v)));
    }
    assertEquals(Double.NaN, Numbers.parse(Numbers.format(Double.NaN)));
    assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("inf"));
    assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-inf"));
  }

  @Test
  void formatCompact_dropsTheFractionOfWholeNumbers() {
    assertEquals("-1", Numbers.formatCompact(-1));
    assertEquals("20", Numbers.formatCompact(20));
    assertEquals("0.5", Numbers.formatCompact(0.5));
  }

  @Test
  void formatLikeC17g_printsWhatGlibcPrintsForPercent17g() {
    // Each expected text is what printf("%.17g\n", x) printed with gcc/glibc on this machine.
    assertEquals(
        "-8722.8589736172707", Numbers.formatLikeC17g(Double.parseDouble("-8722.8589736172707")));
    assertEquals(
        "-11149.779880801254", Numbers.formatLikeC17g(Double.parseDouble("-11149.779880801254")));
    assertEquals("0.10000000000000001", Numbers.formatLikeC17g(0.1));
    assertEquals("1", Numbers.formatLikeC17g(1.0));
    assertEquals("-2.5", Numbers.formatLikeC17g(-2.5));
    assertEquals(
        "0.00012345678901234567",
        Numbers.formatLikeC17g(Double.parseDouble("1.2345678901234567e-4")));
    assertEquals(
        "1.2345678901234568e-05",
        Numbers.formatLikeC17g(Double.parseDouble("1.2345678901234567e-5")));
    assertEquals("1e+17", Numbers.formatLikeC17g(1e17));
    assertEquals(
        "12345678901234568", Numbers.formatLikeC17g(Double.parseDouble("12345678901234567.0")));
    assertEquals("0", Numbers.formatLikeC17g(0.0));
    assertEquals("nan", Numbers.formatLikeC17g(Double.NaN));
  }
}
