package dev.qsweep.search;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.Numbers;
import java.util.List;
import java.util.Locale;

/**
 * One searched hyperparameter's range: a map from the unit interval {@code [0, 1)} onto its values.
 * Random search draws the unit value uniformly; the genetic search evolves it as a gene. Every
 * range is checked when it is made, naming the value and what is allowed.
 */
public sealed interface Dimension
    permits Dimension.Uniform, Dimension.LogUniform, Dimension.Integers, Dimension.Choice {

  /** The value at unit position {@code u} in {@code [0, 1)}: a number, or a choice's index. */
  double valueAt(double u);

  /** The value at {@code u} as text, for CSVs: a number, or the chosen word. */
  String textAt(double u);

  /** The text form, for example {@code log-uniform(0.01,1)}. */
  String text();

  /** Uniform over {@code [low, high]}; low below high, both finite. */
  static Dimension uniform(double low, double high) {
    return new Uniform(low, high);
  }

  /** Log-uniform over {@code [low, high]}: {@code 0 < low < high}, both finite. */
  static Dimension logUniform(double low, double high) {
    return new LogUniform(low, high);
  }

  /** The whole numbers {@code low..high}, each equally likely; low at most high. */
  static Dimension integers(long low, long high) {
    return new Integers(low, high);
  }

  /** One of {@code options}, each equally likely; at least one, none repeated. */
  static Dimension choice(String... options) {
    return new Choice(List.of(options));
  }

  /**
   * Uniform over {@code [low, high]}.
   *
   * @param low the least value
   * @param high the greatest value, above low
   */
  record Uniform(double low, double high) implements Dimension {
    /** Checks the range. */
    public Uniform {
      checkRange("uniform", low, high);
    }

    @Override
    public double valueAt(double u) {
      return Math.min(high, low + u * (high - low));
    }

    @Override
    public String textAt(double u) {
      return Numbers.format(valueAt(u));
    }

    @Override
    public String text() {
      return "uniform(" + Numbers.format(low) + "," + Numbers.format(high) + ")";
    }
  }

  /**
   * Log-uniform over {@code [low, high]}: its logarithm is uniform, so each decade is equally
   * likely. Computed with {@link StrictMath}, so values do not depend on the JIT.
   *
   * @param low the least value, above 0
   * @param high the greatest value, above low
   */
  record LogUniform(double low, double high) implements Dimension {
    /** Checks the range. */
    public LogUniform {
      checkRange("log-uniform", low, high);
      checkArgument(
          low > 0,
          "log-uniform(%s,%s): the range touches or crosses 0; its low end must be above 0",
          Numbers.format(low),
          Numbers.format(high));
    }

    @Override
    public double valueAt(double u) {
      if (u == 0) {
        return low; // exactly, not exp(log(low)), so the low end is a value the range allows
      }
      double logLow = StrictMath.log(low);
      double v = StrictMath.exp(logLow + u * (StrictMath.log(high) - logLow));
      return Math.max(low, Math.min(high, v));
    }

    @Override
    public String textAt(double u) {
      return Numbers.format(valueAt(u));
    }

    @Override
    public String text() {
      return "log-uniform(" + Numbers.format(low) + "," + Numbers.format(high) + ")";
    }
  }

  /**
   * The whole numbers from low to high, both included.
   *
   * @param low the least value
   * @param high the greatest value, at least low
   */
  record Integers(long low, long high) implements Dimension {
    /** Checks the range. */
    public Integers {
      checkArgument(
          low <= high, "integers(%s,%s) is an empty range; low must be at most high", low, high);
      checkArgument(
          high - low < 1L << 52,
          "integers(%s,%s) spans too many values; at most 2^52 are allowed",
          low,
          high);
    }

    @Override
    public double valueAt(double u) {
      long count = high - low + 1;
      return low + Math.min(count - 1, (long) (u * count));
    }

    @Override
    public String textAt(double u) {
      return Long.toString((long) valueAt(u));
    }

    @Override
    public String text() {
      return "integers(" + low + "," + high + ")";
    }
  }

  /**
   * One of a list of words (a learner, an environment option's value).
   *
   * @param options the words, in the order given
   */
  record Choice(List<String> options) implements Dimension {
    /** Checks the options. */
    public Choice {
      options = List.copyOf(options);
      checkArgument(!options.isEmpty(), "choice() is empty; give at least one option");
      checkArgument(
          options.stream().distinct().count() == options.size(),
          "choice%s repeats an option; give each once",
          options);
    }

    @Override
    public double valueAt(double u) {
      return Math.min(options.size() - 1, (int) (u * options.size()));
    }

    @Override
    public String textAt(double u) {
      return options.get((int) valueAt(u));
    }

    @Override
    public String text() {
      return "choice(" + String.join(",", options) + ")";
    }
  }

  private static void checkRange(String kind, double low, double high) {
    checkArgument(
        Double.isFinite(low) && Double.isFinite(high),
        "%s(%s,%s): both ends must be finite",
        kind,
        low,
        high);
    checkArgument(
        low < high,
        String.format(
            Locale.ROOT,
            "%s(%s,%s) is an empty range; low must be below high",
            kind,
            Numbers.format(low),
            Numbers.format(high)));
  }
}
