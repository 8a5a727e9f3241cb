package dev.qsweep.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class DimensionTest {
  private static final double LAST = Math.nextDown(1.0);

  @Test
  void uniform_mapsUnitIntervalOntoRange() {
    Dimension d = Dimension.uniform(0.2, 0.6);
    assertEquals(0.2, d.valueAt(0));
    assertEquals(0.4, d.valueAt(0.5), 1e-16);
    assertTrue(d.valueAt(LAST) <= 0.6 && d.valueAt(LAST) > 0.5999);
    assertEquals("uniform(0.2,0.6)", d.text());
  }

  @Test
  void logUniform_eachDecadeEquallyLikely() {
    Dimension d = Dimension.logUniform(0.01, 1);
    assertEquals(0.01, d.valueAt(0));
    assertEquals(0.1, d.valueAt(0.5), 1e-15);
    assertTrue(d.valueAt(LAST) <= 1 && d.valueAt(LAST) > 0.9999);
  }

  @Test
  void integers_everyValueEquallyWide_endsIncluded() {
    Dimension d = Dimension.integers(3, 5);
    assertEquals(3, d.valueAt(0));
    assertEquals(4, d.valueAt(0.34));
    assertEquals(5, d.valueAt(LAST));
    assertEquals("5", d.textAt(LAST));
    assertEquals(7, Dimension.integers(7, 7).valueAt(0.9));
  }

  @Test
  void choice_indexAndWord() {
    Dimension d = Dimension.choice("q-learning", "sarsa", "expected-sarsa");
    assertEquals(0, d.valueAt(0));
    assertEquals("sarsa", d.textAt(0.5));
    assertEquals("expected-sarsa", d.textAt(LAST));
  }

  @ParameterizedTest
  @CsvSource({
    "0.5, 0.5, uniform(0.5,0.5) is an empty range",
    "0.6, 0.5, uniform(0.6,0.5) is an empty range",
    "NaN, 0.5, uniform(NaN,0.5): both ends must be finite",
    "0, Infinity, uniform(0.0,Infinity): both ends must be finite"
  })
  void uniform_badRange_refusedNamingIt(double low, double high, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Dimension.uniform(low, high));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 1, log-uniform(0,1): the range touches or crosses 0",
    "-0.5, 1, log-uniform(-0.5,1): the range touches or crosses 0",
    "-2, -1, log-uniform(-2,-1) ",
    "1, 0.1, log-uniform(1,0.1) is an empty range",
    "0.1, 0.1, log-uniform(0.1,0.1) is an empty range"
  })
  void logUniform_badRange_refusedNamingIt(double low, double high, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Dimension.logUniform(low, high));
    assertTrue(e.getMessage().startsWith(message.strip()), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"5, 4", "0, -1", "100, 3"})
  void integers_emptyRange_refused(long low, long high) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Dimension.integers(low, high));
    assertEquals(
        "integers(" + low + "," + high + ") is an empty range; low must be at most high",
        e.getMessage());
  }

  @Test
  void choice_emptyOrRepeated_refused() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, Dimension::choice)
            .getMessage()
            .contains("choice() is empty"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Dimension.choice("a", "b", "a"))
            .getMessage()
            .contains("[a, b, a] repeats an option"));
  }
}
