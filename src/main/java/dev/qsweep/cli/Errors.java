package dev.qsweep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How qsweep reports failures: one line naming the value and what is allowed, and a hint, for the
 * user's mistakes (exit 2); a stack trace only for a bug (exit 1).
 */
final class Errors {
  /** The text of EPIPE on Linux and macOS: the reader of a pipe has gone. */
  private static final String BROKEN_PIPE = "Broken pipe";

  private Errors() {}

  /**
   * picocli's own parse errors (an unknown option, a missing parameter, a value that is not a
   * number): one line naming it, then one hint line, exit 2.
   */
  static int onParameterException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(prefix(cmd) + oneLine(e.getMessage()));
    String help = "Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.";
    List<String> suggestions =
        e instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
    err.println(
        suggestions.isEmpty()
            ? help
            : "Did you mean " + String.join(" or ", suggestions) + "? " + help);
    return ExitCodes.USAGE;
  }

  /**
   * A command that threw. The user's mistakes (a bad value, file or folder, or their experiment's
   * own code throwing: {@code IllegalArgumentException}, including {@link
   * dev.qsweep.experiment.UserCodeException}, and {@link UserException}) get one line, exit 2. A
   * run that failed after saying why exits 1; so does an I/O failure, in one line. Anything else is
   * a bug in qsweep: its stack trace, and a line saying so, exit 1.
   */
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
    err.println(
        prefix(cmd) + "internal error: this is a bug in qsweep; please report the trace above");
    return ExitCodes.FAILED;
  }

  /**
   * Output that could not be written (a full disk, a closed stream): one line saying why, exit 1
   * (or the command's own non-zero code). A reader that stopped reading ({@code qsweep model X |
   * head}) gets no message, as a program killed by SIGPIPE prints none.
   */
  static int onOutputFailure(CommandLine cli, IOException why, int code) {
    String reason = why == null || why.getMessage() == null ? "write error" : why.getMessage();
    if (!BROKEN_PIPE.equals(reason)) {
      cli.getErr().println(prefix(ran(cli)) + "cannot write to standard output: " + reason);
    }
    return code == ExitCodes.OK ? ExitCodes.FAILED : code;
  }

  /** The subcommand that ran (or was asked for), for the message's prefix. */
  private static CommandLine ran(CommandLine cli) {
    ParseResult parsed = cli.getParseResult();
    CommandLine ran = cli;
    while (parsed != null && parsed.subcommand() != null) {
      parsed = parsed.subcommand();
      ran = parsed.commandSpec().commandLine();
    }
    return ran;
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
