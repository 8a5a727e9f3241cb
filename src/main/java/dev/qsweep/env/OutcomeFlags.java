package dev.qsweep.env;

/**
 * The bits of an outcome's flags ({@link TabularModel#flags(int)}), and the flags as counts: 0 or
 * 1, without a branch.
 */
/*
 * Implementation note. The learners' loops and the trials count terminations, penalties and
 * successes through terminal, penalty and success rather than with a test, because a branch the
 * JIT has never seen taken (no episode terminates early in training) is compiled as a trap.
 */
public final class OutcomeFlags {
  /** The outcome ends the episode. */
  public static final byte TERMINAL = 1;

  /** The outcome is a penalty. */
  public static final byte PENALTY = 2;

  /** The outcome reaches the goal. */
  public static final byte SUCCESS = 4;

  private OutcomeFlags() {}

  /** 1 if {@code flags} has {@link #TERMINAL}, else 0. */
  public static int terminal(int flags) {
    return flags & TERMINAL;
  }

  /** 1 if {@code flags} has {@link #PENALTY}, else 0. */
  public static int penalty(int flags) {
    return (flags & PENALTY) >> 1;
  }

  /** 1 if {@code flags} has {@link #SUCCESS}, else 0. */
  public static int success(int flags) {
    return (flags & SUCCESS) >> 2;
  }
}
