package dev.qsweep.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import java.util.List;
import java.util.Locale;

/**
 * A hyperparameter as a pure function of the episode index: constant, linear, exponential,
 * inverse-time or step decay.
 *
 * <p>Every schedule is monotone in the episode, so its range over a run is its value at the first
 * and last episode; {@link Parameter#check} relies on that. Each has a short text form, used in
 * CSVs and charts, that {@link #parse} reads back to an equal schedule.
 */
public sealed interface Schedule
    permits Constant, LinearDecay, ExponentialDecay, InverseTimeDecay, StepDecay {

  /** The value at {@code episode} (0-based). Pure: the same episode always gives the same bits. */
  double valueAt(long episode);

  /**
   * The first episode after {@code episode} whose value may differ from the value at {@code
   * episode}: every episode in between has the same bits. {@code Long.MAX_VALUE} when the value
   * never changes again. Cheap; {@link EpisodeValues} uses it to compute each value once.
   */
  long nextChange(long episode);

  /**
   * An episode from which the value is the same at every later episode ({@code Long.MAX_VALUE} when
   * none is known). Pure, but may cost a few {@code pow}s: call it once per run, as {@link
   * EpisodeValues} does.
   */
  long settledFrom();

  /** The text form, for example {@code 0.1} or {@code exp(0.5,0.9999,0.01)}. */
  String text();

  /** A constant value. */
  static Schedule constant(double value) {
    return new Constant(value);
  }

  /**
   * From {@code start} to {@code end} in a straight line over {@code episodes}, then {@code end}.
   */
  static Schedule linear(double start, double end, long episodes) {
    return new LinearDecay(start, end, episodes);
  }

  /** {@code max(floor, start * rate^episode)}. */
  static Schedule exponential(double start, double rate, double floor) {
    return new ExponentialDecay(start, rate, floor);
  }

  /** {@code start / (1 + k * episode)}. */
  static Schedule inverseTime(double start, double k) {
    return new InverseTimeDecay(start, k);
  }

  /** {@code start * factor^floor(episode / every)}. */
  static Schedule step(double start, double factor, long every) {
    return new StepDecay(start, factor, every);
  }

  /**
   * Reads a text form: a number, or {@code linear(start,end,episodes)}, {@code
   * exp(start,rate,floor)}, {@code inv(start,k)}, {@code step(start,factor,every)}.
   *
   * @throws IllegalArgumentException naming the text and the forms allowed
   */
  static Schedule parse(String text) {
    String t = text.strip();
    int open = t.indexOf('(');
    try {
      if (open < 0) {
        return constant(Double.parseDouble(t));
      }
      checkArgument(t.endsWith(")"), "missing ')'");
      String name = t.substring(0, open).strip().toLowerCase(Locale.ROOT);
      List<String> args =
          Splitter.on(',').trimResults().splitToList(t.substring(open + 1, t.length() - 1));
      switch (name) {
        case "const":
          return constant(number(args, 1, 0));
        case "linear":
          return linear(number(args, 3, 0), number(args, 3, 1), whole(args, 2));
        case "exp":
          return exponential(number(args, 3, 0), number(args, 3, 1), number(args, 3, 2));
        case "inv":
          return inverseTime(number(args, 2, 0), number(args, 2, 1));
        case "step":
          return step(number(args, 3, 0), number(args, 3, 1), whole(args, 2));
        default:
          throw new IllegalArgumentException("unknown schedule " + name);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "schedule '%s' is not valid (%s); expected a number, linear(start,end,episodes),"
                  + " exp(start,rate,floor), inv(start,k) or step(start,factor,every)",
              text,
              e.getMessage()),
          e);
    }
  }

  private static double number(List<String> args, int count, int index) {
    checkArgument(args.size() == count, "takes %s arguments, got %s", count, args.size());
    double value = Double.parseDouble(args.get(index));
    checkArgument(Double.isFinite(value), "argument %s is not finite", index + 1);
    return value;
  }

  private static long whole(List<String> args, int index) {
    double value = Double.parseDouble(args.get(index));
    checkArgument(value == Math.rint(value), "argument %s must be a whole number", index + 1);
    return (long) value;
  }
}
