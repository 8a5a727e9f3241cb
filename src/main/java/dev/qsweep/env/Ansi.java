package dev.qsweep.env;

/** Gymnasium's {@code gymnasium.utils.colorize}: ANSI escape codes around a string. */
final class Ansi {
  static final int RED = 31;
  static final int GREEN = 32;
  static final int YELLOW = 33;
  static final int BLUE = 34;
  static final int MAGENTA = 35;

  private Ansi() {}

  /** Wraps {@code text} in the color's escape code; {@code highlight} colors the background. */
  static String colorize(String text, int color, boolean bold, boolean highlight) {
    StringBuilder sb = new StringBuilder("\u001b[").append(highlight ? color + 10 : color);
    if (bold) {
      sb.append(";1");
    }
    return sb.append('m').append(text).append("\u001b[0m").toString();
  }
}
