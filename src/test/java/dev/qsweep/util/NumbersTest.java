package dev.qsweep.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
