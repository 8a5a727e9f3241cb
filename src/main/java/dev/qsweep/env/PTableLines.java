package dev.qsweep.env;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a P-table file as bytes, split into comma-separated fields without making a string
 * per line or per cell: a line is a range of one reused buffer, and the common cells (whole
 * numbers, short decimals) are parsed from it directly. Anything unusual is handed back as text, so
 * that the slow path (and every error message) sees exactly what {@link
 * java.io.BufferedReader#readLine} and {@link String#split} would have given it.
 */
/*
 * Implementation note. Lines end at \n, \r or \r\n, as BufferedReader.readLine ends them. A decimal
 * of at most 18 significant digits and at most 22 after the point is m / 10^k with m < 2^63; when
 * m <= 2^53 both m and 10^k are exact doubles and one IEEE division rounds correctly, so the result
 * is the double Double.parseDouble gives (Clinger's fast path, "How to read floating point numbers
 * accurately", 1990). Other decimals (0.09999999999999998 has 16 digits above 2^53) are parsed by
 * Double.parseDouble from their text.
 */
final class PTableLines {
  private static final double[] POWERS_OF_TEN = new double[23];
  private static final long EXACT_LIMIT = 1L << 53;

  static {
    double p = 1;
    for (int k = 0; k < POWERS_OF_TEN.length; k++) {
      POWERS_OF_TEN[k] = p;
      p *= 10;
    }
  }

  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int filled;
  private int position;
  private boolean eof;
  private boolean skipLineFeed;

  /** Start of the current line in the buffer, and its end (exclusive). */
  int lineStart;

  int lineEnd;

  /** Field boundaries of the current line: field i is {@code [start[i], end[i])}. */
  final int[] start = new int[6];

  final int[] end = new int[6];

  PTableLines(InputStream in) {
    this.in = in;
  }

  /**
   * Moves to the next line; returns false at the end of the file. A file that ends with a line
   * break has no empty last line, as readLine has none.
   */
  boolean next() throws IOException {
    while (true) {
      for (int i = position; i < filled; i++) {
        byte b = buffer[i];
        if (skipLineFeed) {
          skipLineFeed = false;
          if (b == '\n') {
            position = i + 1;
            continue;
          }
        }
        if (b == '\n' || b == '\r') {
          lineStart = position;
          lineEnd = i;
          position = i + 1;
          skipLineFeed = b == '\r';
          return true;
        }
      }
      if (eof) {
        if (position < filled) {
          lineStart = position;
          lineEnd = filled;
          position = filled;
          return true;
        }
        return false;
      }
      fill();
    }
  }

  /** Keeps the unread part of the buffer, growing it for a long line, and reads more. */
  private void fill() throws IOException {
    int rest = filled - position;
    if (position == 0 && rest == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    } else {
      System.arraycopy(buffer, position, buffer, 0, rest);
    }
    filled = rest;
    position = 0;
    int n = in.read(buffer, filled, buffer.length - filled);
    if (n < 0) {
      eof = true;
    } else {
      filled += n;
    }
  }

  /** The current line as text. */
  String line() {
    return new String(buffer, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
  }

  /**
   * Splits the current line on commas, recording the first six fields; returns the number of fields
   * (the number of commas plus one).
   */
  int split() {
    int n = 0;
    int from = lineStart;
    for (int i = lineStart; i < lineEnd; i++) {
      if (buffer[i] == ',') {
        if (n < 6) {
          start[n] = from;
          end[n] = i;
        }
        n++;
        from = i + 1;
      }
    }
    if (n < 6) {
      start[n] = from;
      end[n] = lineEnd;
    }
    return n + 1;
  }

  /** Field {@code i} as text. */
  String text(int i) {
    return new String(buffer, start[i], end[i] - start[i], StandardCharsets.UTF_8);
  }

  /** Whether field {@code i} is the one character {@code c}. */
  boolean is(int i, char c) {
    return end[i] - start[i] == 1 && buffer[start[i]] == c;
  }

  /** Field {@code i} as a whole number of 1 to 9 plain digits, or -1 if it is anything else. */
  int plainWhole(int i) {
    int from = start[i];
    int to = end[i];
    if (to - from < 1 || to - from > 9) {
      return -1;
    }
    int value = 0;
    for (int k = from; k < to; k++) {
      int d = buffer[k] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /**
   * Field {@code i} as a plain decimal ({@code -?digits(.digits)?}) that the fast path reads
   * exactly, or NaN if it is anything else (then parse its text).
   */
  double plainDecimal(int i) {
    int k = start[i];
    int to = end[i];
    boolean negative = k < to && buffer[k] == '-';
    if (negative) {
      k++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    for (; k < to; k++) {
      byte b = buffer[k];
      if (b == '.' && fraction < 0) {
        fraction = 0;
        continue;
      }
      int d = b - '0';
      if (d < 0 || d > 9 || ++digits > 18) {
        return Double.NaN;
      }
      mantissa = mantissa * 10 + d;
      if (fraction >= 0) {
        fraction++;
      }
    }
    if (digits == 0 || fraction == 0 || fraction > 22 || mantissa > EXACT_LIMIT) {
      return Double.NaN;
    }
    double value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
    return negative ? -value : value;
  }
}
