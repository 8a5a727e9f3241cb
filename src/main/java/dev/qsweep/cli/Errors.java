package dev.qsweep.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How qsweep reports failures: one line naming the value and what is allowed, and a hint, for the
 * user's mistakes (exit 2); a stack trace only for a bug (exit 1).
 */
final class Errors {
  private Errors() {}

  static int onParameterException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(prefix(cmd) + oneLine(e.getMessage()));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    return ExitCodes.USAGE;
  }

  static int onExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof IllegalArgumentException || e instanceof UserException) {
      err.println(prefix(cmd) + oneLine(e.getMessage()));
      return ExitCodes.USAGE;
    }
    if (e instanceof RunFailedException) {
      return ExitCodes.FAILED;
    }
    if (e instanceof UncheckedIOException) {
      err.println(prefix(cmd) + oneLine(e.getCause().getMessage()));
      return ExitCodes.FAILED;
    }
    e.printStackTrace(err);
    return ExitCodes.FAILED;
  }

  private static String prefix(CommandLine cmd) {
    return cmd.getCommandSpec().qualifiedName() + ": ";
  }

  private static String oneLine(String message) {
    return message == null ? "error" : message.replace('\n', ' ').strip();
  }

  /** A run that failed after reporting why (failed trials, a reproduction that differs): exit 1. */
  static final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunFailedException() {
      super("run failed", null, false, false);
    }
  }

  /** A mistake in the user's input found while running (a file, a value): exit 2. */
  static final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserException(String message) {
      super(message);
    }
  }
}
