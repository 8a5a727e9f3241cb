package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Errors keeps the user's mistakes (one line, exit 2) apart from qsweep's bugs (a trace). */
final class ErrorsTest {
  @Command(name = "thrower")
  static final class Thrower implements Runnable {
    RuntimeException toThrow;

    @Override
    public void run() {
      throw toThrow;
    }
  }

  private static CliRun run(RuntimeException e) {
    Thrower command = new Thrower();
    command.toThrow = e;
    CommandLine cli = new CommandLine(command);
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setExecutionExceptionHandler(Errors::onExecutionException);
    cli.setParameterExceptionHandler(Errors::onParameterException);
    int code = cli.execute();
    return new CliRun(code, "", err.toString());
  }

  @Test
  void bugInQsweep_showsItsStackTraceAndSaysSo() {
    for (RuntimeException bug :
        new RuntimeException[] {
          new NullPointerException("x is null"),
          new IllegalStateException("bad sequence"),
          new ArrayIndexOutOfBoundsException(7),
        }) {
      CliRun run = run(bug);
      assertEquals(1, run.exitCode());
      assertTrue(run.err().startsWith(bug.getClass().getName()), run.err());
      assertTrue(run.err().contains("\tat dev.qsweep.cli.ErrorsTest"), run.err());
      assertTrue(
          run.err()
              .endsWith(
                  "thrower: internal error: this is a bug in qsweep; please report the trace"
                      + " above\n"),
          run.err());
    }
  }

  @Test
  void usersMistake_oneLineExit2() {
    CliRun run = run(new IllegalArgumentException("alpha 2 is out of range;\nalpha in (0, 1]"));
    assertEquals(2, run.exitCode());
    assertEquals("thrower: alpha 2 is out of range; alpha in (0, 1]\n", run.err());
    CliRun user = run(new Errors.UserException("folder x holds another sweep"));
    assertEquals(2, user.exitCode());
    assertEquals("thrower: folder x holds another sweep\n", user.err());
  }

  @Test
  void ioFailure_oneLineExit1() {
    CliRun run = run(new UncheckedIOException(new java.io.IOException("No space left on device")));
    assertEquals(1, run.exitCode());
    assertEquals("thrower: No space left on device\n", run.err());
  }
}
