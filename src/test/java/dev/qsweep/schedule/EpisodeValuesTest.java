package dev.qsweep.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class EpisodeValuesTest {
  private static final List<String> SCHEDULES =
      List.of(
          "0.1",
          "linear(1,0.01,1000)",
          "linear(0.5,0.5,7)",
          "exp(1,0.99,0.01)",
          "exp(0.5,0.9999,0.01)",
          "exp(1,0.999999,0.5)",
          "exp(0.9,0.5,0)",
          "exp(0.3,0.7,1e-300)",
          "exp(0.3,1,0.1)",
          "exp(0.2,0.95,0.2)",
          "exp(1,1e-300,0.05)",
          "inv(0.5,0.001)",
          "inv(0.5,0)",
          "step(0.5,0.9,1000)",
          "step(1,0.5,1)",
          "step(0.5,1,3)");

  @Test
  void at_inOrder_equalsValueAtBitForBit() {
    for (String text : SCHEDULES) {
      Schedule s = Schedule.parse(text);
      long end = Math.min(s.settledFrom(), 200_000) + 20_000;
      EpisodeValues values = new EpisodeValues(s);
      for (long e = 0; e < end; e++) {
        assertSameBits(s.valueAt(e), values.at(e), text, e);
      }
      for (long e = end; e > 0 && e < Long.MAX_VALUE / 4; e *= 3) {
        assertSameBits(s.valueAt(e), values.at(e), text, e);
      }
    }
  }

  @Test
  void at_inAnyOrder_equalsValueAt() {
    SplittableRandom random = new SplittableRandom(7);
    for (String text : SCHEDULES) {
      Schedule s = Schedule.parse(text);
      EpisodeValues values = new EpisodeValues(s);
      for (int i = 0; i < 20_000; i++) {
        long e = random.nextInt(3) == 0 ? random.nextLong(1L << 40) : random.nextInt(5000);
        assertSameBits(s.valueAt(e), values.at(e), text, e);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void exponential_manyRandomSchedules_settleExactlyOnTheFloor(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 30; i++) {
      double start = random.nextDouble(0.01, 1);
      double rate = 1 - Math.pow(10, -random.nextDouble(0.5, 3.5));
      double floor = start * random.nextDouble(0.001, 1);
      Schedule s = Schedule.exponential(start, rate, floor);
      long settled = s.settledFrom();
      assertTrue(settled < Long.MAX_VALUE, s.text() + " never settles");
      // Before the settling episode the value may still be above the floor; from it on, never.
      for (long e = Math.max(0, settled - 50); e < settled + 5000; e++) {
        if (e >= settled) {
          assertSameBits(floor, s.valueAt(e), s.text(), e);
        }
      }
      EpisodeValues values = new EpisodeValues(s);
      for (long e = 0; e < settled + 100; e++) {
        assertSameBits(s.valueAt(e), values.at(e), s.text(), e);
      }
    }
  }

  @Test
  void nextChange_keepsTheValueUntilIt() {
    for (String text : SCHEDULES) {
      Schedule s = Schedule.parse(text);
      for (long e = 0; e < 3000; e++) {
        long next = s.nextChange(e);
        assertTrue(next > e, text);
        for (long f = e + 1; f < Math.min(next, e + 50); f++) {
          assertSameBits(s.valueAt(e), s.valueAt(f), text, f);
        }
      }
    }
  }

  private static void assertSameBits(double expected, double actual, String text, long episode) {
    assertEquals(
        Double.doubleToRawLongBits(expected),
        Double.doubleToRawLongBits(actual),
        () -> text + " at episode " + episode + ": " + expected + " != " + actual);
  }
}
