package dev.qsweep.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/** Entry point of the {@code qsweep} command line. */
public final class Main {
  private Main() {}

  /** Runs qsweep and exits with its exit code: 0 ok, 1 a run failed, 2 bad usage or input. */
  public static void main(String[] args) {
    // Charts are drawn off-screen: no display needed, and none is opened.
    System.setProperty("java.awt.headless", "true");
    Charset console = Charset.defaultCharset();
    System.exit(
        run(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, console), true),
            new PrintWriter(new OutputStreamWriter(System.err, console), true)));
  }

  /** Runs qsweep with the given streams and returns the exit code (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The configured picocli command tree. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new QsweepCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Errors::onParameterException);
    cli.setExecutionExceptionHandler(Errors::onExecutionException);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Descriptions are written for 100 columns; narrower terminals wrap them by width.
    cli.setUsageHelpWidth(100);
    cli.setUsageHelpAutoWidth(true);
    return cli;
  }
}
