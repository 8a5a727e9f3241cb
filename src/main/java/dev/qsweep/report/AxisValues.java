package dev.qsweep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The distinct values of a swept axis, in the order charts and report.md show them. */
public final class AxisValues {
  private AxisValues() {}

  /**
   * The distinct values of {@code axis} over {@code summaries} in their natural order: numerically
   * ascending when every value is a number (0.1, 0.3, 0.5), else in the experiment's order (that of
   * the configuration ids), never by rank.
   */
  public static List<String> of(List<ConfigSummary> summaries, String axis) {
    return natural(summaries, c -> c.axisValue(axis));
  }

  /** As {@link #of}, for any text read from a configuration (a trials.csv setting). */
  public static List<String> natural(
      List<ConfigSummary> summaries, Function<ConfigSummary, String> value) {
    List<ConfigSummary> byId = new ArrayList<>(summaries);
    byId.sort(Comparator.comparing(ConfigSummary::configId));
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (ConfigSummary c : byId) {
      distinct.add(value.apply(c));
    }
    List<String> values = new ArrayList<>(distinct);
    if (values.stream().allMatch(AxisValues::isNumber)) {
      values.sort(Comparator.comparingDouble(Double::parseDouble));
    }
    return values;
  }

  /**
   * Whether an axis with these values (one per configuration) is scattered rather than gridded:
   * numbers, at least 3 distinct, more than half as many as there are configurations, so they do
   * not repeat as a grid's do. A search's report plots such an axis against the score (one point
   * per configuration) instead of tabulating its values or drawing heatmaps over it.
   */
  public static boolean scattered(List<String> perConfiguration) {
    Set<String> distinct = new HashSet<>(perConfiguration);
    return perConfiguration.stream().allMatch(AxisValues::isNumber)
        && distinct.size() >= 3
        && 2 * distinct.size() > perConfiguration.size();
  }

  /** {@link #scattered(List)} for swept axis {@code axis} over {@code summaries}. */
  public static boolean scattered(List<ConfigSummary> summaries, String axis) {
    return scattered(summaries.stream().map(c -> c.axisValue(axis)).toList());
  }

  private static boolean isNumber(String text) {
    return text.matches("-?[0-9.]+(E-?[0-9]+)?");
  }
}
