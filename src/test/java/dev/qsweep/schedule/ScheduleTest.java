package dev.qsweep.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ScheduleTest {
  @Test
  void constant_isTheSameEverywhere() {
    Schedule s = Schedule.constant(0.1);
    assertEquals(0.1, s.valueAt(0));
    assertEquals(0.1, s.valueAt(1));
    assertEquals(0.1, s.valueAt(1_000_000_000L));
    assertEquals("0.1", s.text());
  }

  @Test
  void linear_interpolatesThenHolds() {
    Schedule s = Schedule.linear(1.0, 0.01, 100);
    assertEquals(1.0, s.valueAt(0));
    assertEquals(1.0 + (0.01 - 1.0) * 0.01, s.valueAt(1));
    assertEquals(0.505, s.valueAt(50), 1e-15);
    assertEquals(0.01, s.valueAt(100));
    assertEquals(0.01, s.valueAt(5000));
    assertEquals("linear(1,0.01,100)", s.text());
  }

  @Test
  void exponential_decaysToItsFloor() {
    Schedule s = Schedule.exponential(0.5, 0.9, 0.01);
    assertEquals(0.5, s.valueAt(0));
    assertEquals(0.45, s.valueAt(1), 1e-16);
    assertEquals(0.5 * StrictMath.pow(0.9, 10), s.valueAt(10));
    assertEquals(0.01, s.valueAt(1000));
    assertEquals("exp(0.5,0.9,0.01)", s.text());
  }

  @Test
  void inverseTime_isStartOverOnePlusKt() {
    Schedule s = Schedule.inverseTime(1.0, 0.5);
    assertEquals(1.0, s.valueAt(0));
    assertEquals(1.0 / 1.5, s.valueAt(1));
    assertEquals(0.5, s.valueAt(2));
    assertEquals("inv(1,0.5)", s.text());
  }

  @Test
  void step_dropsByItsFactorEveryNEpisodes() {
    Schedule s = Schedule.step(0.8, 0.5, 10);
    assertEquals(0.8, s.valueAt(0));
    assertEquals(0.8, s.valueAt(9));
    assertEquals(0.4, s.valueAt(10));
    assertEquals(0.2, s.valueAt(25));
    assertEquals("step(0.8,0.5,10)", s.text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.1",
        "1",
        "linear(1,0.01,50000)",
        "exp(0.5,0.9999,0.01)",
        "inv(0.5,0.001)",
        "step(0.9,0.5,1000)",
        "exp(1,1,0)"
      })
  void text_parsesBackToAnEqualSchedule(String text) {
    Schedule s = Schedule.parse(text);
    assertEquals(text, s.text());
    assertEquals(s, Schedule.parse(s.text()));
  }

  @Test
  void parse_acceptsSpacesAndConst() {
    assertEquals(Schedule.exponential(0.5, 0.99, 0.1), Schedule.parse(" exp( 0.5, 0.99 ,0.1 ) "));
    assertEquals(Schedule.constant(0.3), Schedule.parse("const(0.3)"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "exp(0.5,0.9)",
        "linear(1,0,0)",
        "exp(0.5,1.5,0)",
        "step(1,0.5,2.5)",
        "wave(1)",
        "exp(0.5,0.9,0.01"
      })
  void parse_badText_namesItAndTheFormsAllowed(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse(text));
    assertTrue(e.getMessage().startsWith("schedule '" + text + "' is not valid"), e.getMessage());
    assertTrue(e.getMessage().contains("exp(start,rate,floor)"), e.getMessage());
  }

  @Test
  void constructors_rejectBadParameters() {
    assertThrows(IllegalArgumentException.class, () -> Schedule.exponential(0.5, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> Schedule.exponential(0.1, 0.9, 0.5));
    assertThrows(IllegalArgumentException.class, () -> Schedule.step(1, 1.5, 10));
    assertThrows(IllegalArgumentException.class, () -> Schedule.step(1, 0.5, 0));
    assertThrows(IllegalArgumentException.class, () -> Schedule.inverseTime(1, -1));
    assertThrows(IllegalArgumentException.class, () -> Schedule.constant(Double.NaN));
  }

  @Test
  void parameterCheck_rejectsValuesOutOfRangeAtAnyEpisode() {
    IllegalArgumentException alpha =
        assertThrows(
            IllegalArgumentException.class,
            () -> Parameter.ALPHA.check(Schedule.constant(1.5), 10));
    assertEquals("alpha 1.5 is out of range; alpha must be in (0, 1]", alpha.getMessage());
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class,
            () -> Parameter.ALPHA.check(Schedule.linear(0.5, 0, 100), 200));
    assertEquals(
        "alpha linear(0.5,0,100) reaches 0.0 at episode 199; alpha must be in (0, 1] at every episode",
        zero.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Parameter.GAMMA.check(Schedule.constant(-0.1), 10));
    assertThrows(
        IllegalArgumentException.class,
        () -> Parameter.EPSILON.check(Schedule.linear(0.5, 2, 10), 100));
    Parameter.EPSILON.check(Schedule.linear(1, 0, 10), 100);
    Parameter.GAMMA.check(Schedule.constant(1), 10);
  }

  @Test
  void valueAt_isPure_theSameBitsEveryTime() {
    Schedule s = Schedule.exponential(0.7, 0.99991, 0.001);
    double first = s.valueAt(12345);
    for (int i = 0; i < 3; i++) {
      assertEquals(Double.doubleToRawLongBits(first), Double.doubleToRawLongBits(s.valueAt(12345)));
    }
  }
}
