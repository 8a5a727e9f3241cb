package dev.qsweep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class AxisValuesTest {
  private static ConfigSummary config(String id, int rank, String alpha) {
    return new ConfigSummary(
        id,
        Map.of("alpha", alpha),
        1,
        Map.of(),
        id + "-r0",
        rank,
        Double.NaN,
        Double.NaN,
        false,
        0,
        0);
  }

  @Test
  void of_numbers_ascendNotByRank() {
    List<ConfigSummary> byRank =
        List.of(
            config("c002", 1, "0.5"),
            config("c003", 2, "0.9"),
            config("c001", 3, "0.1"),
            config("c004", 4, "0.5"));
    assertEquals(List.of("0.1", "0.5", "0.9"), AxisValues.of(byRank, "alpha"));
  }

  @Test
  void of_numbersOfOtherLengths_compareAsNumbers() {
    List<ConfigSummary> byRank =
        List.of(config("c001", 1, "10"), config("c002", 2, "9"), config("c003", 3, "1.0E-4"));
    assertEquals(List.of("1.0E-4", "9", "10"), AxisValues.of(byRank, "alpha"));
  }

  @Test
  void of_schedules_keepTheExperimentsOrder() {
    List<ConfigSummary> byRank =
        List.of(
            config("c003", 1, "exp(0.5,0.99,0.01)"),
            config("c001", 2, "0.1"),
            config("c002", 3, "linear(1,0.1,100)"));
    assertEquals(
        List.of("0.1", "linear(1,0.1,100)", "exp(0.5,0.99,0.01)"), AxisValues.of(byRank, "alpha"));
  }
}
