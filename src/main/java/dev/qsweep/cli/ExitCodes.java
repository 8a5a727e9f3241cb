package dev.qsweep.cli;

/** qsweep's exit codes. */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;

  /** A run failed (a trial threw, a reproduction differed). */
  static final int FAILED = 1;

  /** Bad usage or bad input: nothing was run or written. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
