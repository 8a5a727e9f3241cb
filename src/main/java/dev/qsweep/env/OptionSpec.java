package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import dev.qsweep.util.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One keyword option of an environment, named as Gymnasium names it, with its type, default and the
 * values it accepts.
 *
 * @param name Gymnasium's keyword name, for example {@code is_rainy}
 * @param kind how the text of a value is read and checked
 * @param defaultValue the value when the option is not given, already parsed (may be {@code null}
 *     for an absent {@code desc})
 * @param help one line for {@code qsweep envs}
 */
public record OptionSpec(String name, Kind kind, Object defaultValue, String help) {

  /** The kinds of values options take. */
  public enum Kind {
    /** {@code true} or {@code false} (Python's {@code True}/{@code False} and 1/0 also read). */
    BOOLEAN("true or false"),
    /** A probability in [0, 1]. */
    PROBABILITY("a number in [0, 1]"),
    /** A whole number of steps, 0 for none. */
    STEPS("a whole number >= 0 (0 means no limit)"),
    /** A FrozenLake map name. */
    MAP_NAME("4x4 or 8x8"),
    /** A FrozenLake map: rows of S, F, H, G separated by commas or slashes. */
    MAP("rows of S/F/H/G separated by ',' or '/', for example SFFF,FHFH,FFFH,HFFG"),
    /** Three numbers: the rewards for reaching G, H and F. */
    REWARD_SCHEDULE("three numbers for goal, hole and frozen, for example 1,0,0"),
    /** States as whole numbers separated by commas. */
    STATES("state numbers separated by commas, for example 0 or 0,5,9"),
    /** A reward value, or none. */
    REWARD("a number, or none"),
    /** Which terminating outcomes count as reaching the goal. */
    SUCCESS("positive (a terminating outcome with a reward > 0), terminal (any) or none");

    private final String allowed;

    Kind(String allowed) {
      this.allowed = allowed;
    }

    /** What the option accepts, for messages. */
    public String allowed() {
      return allowed;
    }
  }

  /**
   * Parses a value given as text.
   *
   * @throws IllegalArgumentException naming the option, the value and what is allowed
   */
  public Object parse(String text) {
    String value = text.trim();
    try {
      switch (kind) {
        case BOOLEAN:
          switch (value.toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
              return true;
            case "false":
            case "0":
              return false;
            default:
              throw bad(text);
          }
        case PROBABILITY:
          {
            double p = Double.parseDouble(value);
            if (!(p >= 0 && p <= 1)) {
              throw bad(text);
            }
            return p;
          }
        case STEPS:
          {
            int steps = Integer.parseInt(value);
            if (steps < 0) {
              throw bad(text);
            }
            return steps;
          }
        case MAP_NAME:
          if (!value.equals("4x4") && !value.equals("8x8")) {
            throw bad(text);
          }
          return value;
        case MAP:
          return parseMap(text);
        case REWARD_SCHEDULE:
          {
            List<String> parts = Splitter.on(',').trimResults().splitToList(value);
            if (parts.size() != 3) {
              throw bad(text);
            }
            double[] schedule = new double[3];
            for (int i = 0; i < 3; i++) {
              schedule[i] = Double.parseDouble(parts.get(i));
              if (!Double.isFinite(schedule[i])) {
                throw bad(text);
              }
            }
            return schedule;
          }
        case STATES:
          {
            List<Integer> states = new ArrayList<>();
            for (String part : Splitter.on(',').trimResults().split(value)) {
              int state = Integer.parseInt(part);
              if (state < 0 || states.contains(state)) {
                throw bad(text);
              }
              states.add(state);
            }
            return List.copyOf(states);
          }
        case REWARD:
          {
            if (value.equals("none")) {
              return null;
            }
            double reward = Double.parseDouble(value);
            if (!Double.isFinite(reward)) {
              throw bad(text);
            }
            return reward;
          }
        case SUCCESS:
          if (!value.equals("positive") && !value.equals("terminal") && !value.equals("none")) {
            throw bad(text);
          }
          return value;
      }
    } catch (NumberFormatException e) {
      throw bad(text);
    }
    throw new AssertionError(kind);
  }

  private List<String> parseMap(String text) {
    List<String> rows =
        Splitter.onPattern("[,/]").trimResults().omitEmptyStrings().splitToList(text.trim());
    if (rows.isEmpty()) {
      throw bad(text);
    }
    int width = rows.get(0).length();
    boolean hasStart = false;
    for (String row : rows) {
      if (row.length() != width || width == 0 || !row.matches("[SFHG]+")) {
        throw bad(text);
      }
      hasStart |= row.indexOf('S') >= 0;
    }
    checkArgument(hasStart, "option %s=%s has no start tile S; %s", name, text, kind.allowed);
    return rows;
  }

  private IllegalArgumentException bad(String text) {
    return new IllegalArgumentException(
        String.format(
            Locale.ROOT, "option %s=%s is not valid; expected %s", name, text, kind.allowed));
  }

  /** The default as text, as {@code qsweep envs} shows it. */
  public String defaultText() {
    return format(defaultValue);
  }

  /** Formats a parsed value back to the text form {@link #parse} reads. */
  public String format(Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof double[] d) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < d.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(Numbers.formatCompact(d[i]));
      }
      return sb.toString();
    }
    if (value instanceof Double d) {
      return Numbers.format(d);
    }
    if (value instanceof List<?> list) {
      return String.join(",", list.stream().map(Object::toString).toList());
    }
    return value.toString();
  }
}
