package dev.qsweep.util;

import java.math.BigDecimal;

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
    String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    return plain.indexOf('.') < 0 ? plain + ".0" : plain;
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
}
