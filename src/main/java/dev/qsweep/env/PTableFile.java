package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.Numbers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A P table read from a CSV file in the form {@code qsweep model} prints ({@link ModelCsv}): one
 * line per outcome, {@code state,action,prob,next_state,reward,terminated}, rows in state then
 * action order and each row's outcomes in Gymnasium's order.
 *
 * <p>Every line is checked as it is read, and the whole table before it is used; a bad one is
 * refused with an {@link IllegalArgumentException} naming the file, the line and the value: a
 * missing or wrong header, an empty file, a line without six fields, a non-numeric or out-of-range
 * cell, rows out of order, a next state out of range, a missing (state, action), or the
 * probabilities of a (state, action) that do not sum to 1 within {@link #TOLERANCE}.
 */
final class PTableFile {
  /**
   * How far a row's probabilities may sum from 1 (1e-9, as every model): Gymnasium's float
   * arithmetic leaves ~1e-16.
   */
  static final double TOLERANCE = TabularModel.PROBABILITY_TOLERANCE;

  final Path file;
  final int stateCount;
  final int actionCount;
  final int[] state;
  final int[] action;
  final double[] probability;
  final int[] next;
  final double[] reward;
  final boolean[] terminated;

  private PTableFile(Path file, int stateCount, int actionCount, Columns c, int count) {
    this.file = file;
    this.stateCount = stateCount;
    this.actionCount = actionCount;
    this.state = Arrays.copyOf(c.state, count);
    this.action = Arrays.copyOf(c.action, count);
    this.probability = Arrays.copyOf(c.probability, count);
    this.next = Arrays.copyOf(c.next, count);
    this.reward = Arrays.copyOf(c.reward, count);
    this.terminated = Arrays.copyOf(c.terminated, count);
  }

  /** Growable columns while reading. */
  private static final class Columns {
    int[] state = new int[1024];
    int[] action = new int[1024];
    double[] probability = new double[1024];
    int[] next = new int[1024];
    double[] reward = new double[1024];
    boolean[] terminated = new boolean[1024];

    void ensure(int n) {
      if (n == state.length) {
        int size = n * 2;
        state = Arrays.copyOf(state, size);
        action = Arrays.copyOf(action, size);
        probability = Arrays.copyOf(probability, size);
        next = Arrays.copyOf(next, size);
        reward = Arrays.copyOf(reward, size);
        terminated = Arrays.copyOf(terminated, size);
      }
    }
  }

  /**
   * Reads and checks {@code file}.
   *
   * @throws IllegalArgumentException for an unreadable file or any bad line (see the class doc)
   */
  static PTableFile read(Path file) {
    checkArgument(Files.isRegularFile(file), "P table %s does not exist", file);
    Columns c = new Columns();
    int count = 0;
    int maxState = -1;
    int maxAction = -1;
    try (InputStream in = Files.newInputStream(file)) {
      // Streamed in 64 KiB blocks, each cell parsed from the bytes (PTableLines): no string per
      // line or cell unless the cell is unusual or bad.
      PTableLines lines = new PTableLines(in);
      String header = lines.next() ? lines.line() : null;
      checkArgument(
          header != null && !header.isEmpty(),
          "P table %s is empty; its first line must be the header %s",
          file,
          ModelCsv.HEADER);
      checkArgument(
          header.equals(ModelCsv.HEADER),
          "P table %s line 1: header '%s' is not %s",
          file,
          header,
          ModelCsv.HEADER);
      int lineNumber = 1;
      while (lines.next()) {
        lineNumber++;
        int n = lines.split();
        if (n != 6) {
          throw bad(file, lineNumber, "has " + n + " fields, not the 6 of " + ModelCsv.HEADER);
        }
        c.ensure(count);
        int s = whole(file, lineNumber, "state", lines, 0);
        int a = whole(file, lineNumber, "action", lines, 1);
        double p = number(file, lineNumber, "prob", lines, 2);
        if (!(p >= 0 && p <= 1)) {
          throw bad(
              file, lineNumber, "prob " + lines.text(2) + " is out of range; allowed: 0 to 1");
        }
        int to = whole(file, lineNumber, "next_state", lines, 3);
        double r = number(file, lineNumber, "reward", lines, 4);
        if (!Double.isFinite(r)) {
          throw bad(file, lineNumber, "reward " + lines.text(4) + " is not a finite number");
        }
        boolean t;
        if (lines.is(5, '0')) {
          t = false;
        } else if (lines.is(5, '1')) {
          t = true;
        } else {
          throw bad(file, lineNumber, "terminated '" + lines.text(5) + "' is not 0 or 1");
        }
        if (count > 0) {
          int ps = c.state[count - 1];
          int pa = c.action[count - 1];
          if (s < ps || (s == ps && a < pa)) {
            throw bad(
                file,
                lineNumber,
                String.format(
                    Locale.ROOT,
                    "state %d action %d comes after state %d action %d; rows must be in state,"
                        + " then action order",
                    s,
                    a,
                    ps,
                    pa));
          }
        }
        c.state[count] = s;
        c.action[count] = a;
        c.probability[count] = p;
        c.next[count] = to;
        c.reward[count] = r;
        c.terminated[count] = t;
        count++;
        maxState = Math.max(maxState, s);
        maxAction = Math.max(maxAction, a);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read P table " + file + ": " + e.getMessage(), e);
    }
    checkArgument(count > 0, "P table %s has a header but no rows", file);
    PTableFile table = new PTableFile(file, maxState + 1, maxAction + 1, c, count);
    table.checkRows();
    return table;
  }

  /** Every (state, action) present, next states in range, probabilities summing to 1. */
  private void checkRows() {
    int k = 0;
    for (int s = 0; s < stateCount; s++) {
      for (int a = 0; a < actionCount; a++) {
        int firstLine = k + 2;
        if (k >= state.length || state[k] != s || action[k] != a) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "P table %s: state %d action %d has no row (expected at line %d); every state"
                      + " 0 to %d needs every action 0 to %d",
                  file,
                  s,
                  a,
                  firstLine,
                  stateCount - 1,
                  actionCount - 1));
        }
        double sum = 0;
        for (; k < state.length && state[k] == s && action[k] == a; k++) {
          if (next[k] >= stateCount) {
            throw bad(
                file,
                k + 2,
                String.format(
                    Locale.ROOT,
                    "next_state %d is out of range; allowed: 0 to %d (the states listed)",
                    next[k],
                    stateCount - 1));
          }
          sum += probability[k];
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "P table %s lines %d-%d: probabilities of state %d action %d sum to %s, not 1"
                      + " (tolerance 1e-9)",
                  file,
                  firstLine,
                  k + 1,
                  s,
                  a,
                  Numbers.format(sum)));
        }
      }
    }
  }

  /** Field {@code i}, a whole number: plain digits parsed from the bytes, else from its text. */
  private static int whole(Path file, int line, String column, PTableLines lines, int i) {
    int value = lines.plainWhole(i);
    return value >= 0 ? value : whole(file, line, column, lines.text(i));
  }

  /** Field {@code i}, a number: a plain decimal parsed exactly from the bytes, else its text. */
  private static double number(Path file, int line, String column, PTableLines lines, int i) {
    double value = lines.plainDecimal(i);
    return !Double.isNaN(value) ? value : number(file, line, column, lines.text(i));
  }

  private static int whole(Path file, int line, String column, String text) {
    try {
      int value = Integer.parseInt(text);
      if (value < 0) {
        throw bad(file, line, column + " " + text + " is negative; allowed: 0 or more");
      }
      return value;
    } catch (NumberFormatException e) {
      throw bad(file, line, column + " '" + text + "' is not a whole number");
    }
  }

  private static double number(Path file, int line, String column, String text) {
    try {
      return Numbers.parse(text);
    } catch (NumberFormatException e) {
      throw bad(file, line, column + " '" + text + "' is not a number");
    }
  }

  private static IllegalArgumentException bad(Path file, int line, String what) {
    return new IllegalArgumentException(
        String.format(Locale.ROOT, "P table %s line %d: %s", file, line, what));
  }
}
