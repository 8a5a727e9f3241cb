package dev.qsweep.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The distinct values of a swept axis, in the order charts and report.md show them. */
public final class AxisValues {
  private AxisValues() {}

  /**
   * The distinct values of {@code axis} over {@code summaries}: numerically ascending when every
   * value is a number, else in the order first met.
   */
  public static List<String> of(List<ConfigSummary> summaries, String axis) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (ConfigSummary c : summaries) {
      distinct.add(c.axisValue(axis));
    }
    List<String> values = new ArrayList<>(distinct);
    boolean numeric = values.stream().allMatch(v -> v.matches("-?[0-9.]+(E-?[0-9]+)?"));
    if (numeric) {
      values.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
    }
    return values;
  }
}
