package dev.qsweep.util;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Locale-free number formatting shared by every text qsweep writes. */
public final class Numbers {
  private Numbers() {}

  /**
   * Formats {@code value} the way Python's {@code repr} does for the values qsweep writes: the
   * shortest decimal that reads back to the same double, never in exponent form, with {@code .0} on
   * whole numbers ({@code 1.0}, {@code 0.1}, {@code 0.3333333333333333}).
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (Double.doubleToRawLongBits(value) < 0) ? "-0.0" : "0.0";
    }
    String shortest = Double.toString(value);
    if (isPlainShortest(shortest)) {
      return shortest;
    }
    String plain = new BigDecimal(shortest).stripTrailingZeros().toPlainString();
    // concat, not +: see TrialRecords.seconds6 (a trial's rows are formatted here).
    return plain.indexOf('.') < 0 ? plain.concat(".0") : plain;
  }

  /*
   * Double.toString already writes 1e-3 <= |x| < 1e7 as plain digits with a point and no trailing
   * zero but the lone one of a whole number ("100.0", "0.001", "-2.5"); for such a string the
   * BigDecimal round trip above gives the string back, at a quarter of the cost (the journal and
   * curves format hundreds of numbers per trial). Anything else (an exponent, a trailing zero)
   * takes the round trip.
   */
  private static boolean isPlainShortest(String s) {
    int last = s.length() - 1;
    if (s.indexOf('E') >= 0) {
      return false;
    }
    return s.charAt(last) != '0' || s.charAt(last - 1) == '.';
  }

  /**
   * Reads a number written by {@link #format}: decimals, and {@code nan}, {@code inf} and {@code
   * -inf} (Python's spellings, which pandas reads too).
   *
   * @throws NumberFormatException for anything else
   */
  public static double parse(String text) {
    switch (text) {
      case "nan":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(text);
    }
  }

  /** Formats a number that is usually whole: {@code -1}, {@code 20}, but {@code 0.5} stays. */
  public static String formatCompact(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return format(value);
  }

  /**
   * Formats {@code value} as C's {@code printf("%.17g")} does (glibc: the exact binary value
   * rounded to 17 significant digits, trailing zeros dropped, exponent form below 1e-4 or from
   * 1e17), so that qsweep can print a line character for character as a C program prints it. Java's
   * own {@code %.17g} pads the shortest decimal with zeros instead.
   */
  public static String formatLikeC17g(double value) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (Double.doubleToRawLongBits(value) < 0) ? "-0" : "0";
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(17, RoundingMode.HALF_EVEN));
    int exponent = rounded.precision() - rounded.scale() - 1;
    if (exponent >= -4 && exponent < 17) {
      return rounded.stripTrailingZeros().toPlainString();
    }
    BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
    return String.format(
        Locale.ROOT,
        "%se%s%02d",
        mantissa.toPlainString(),
        exponent < 0 ? "-" : "+",
        Math.abs(exponent));
  }
}
