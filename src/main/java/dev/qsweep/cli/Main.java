package dev.qsweep.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import picocli.CommandLine;

/** Entry point of the {@code qsweep} command line. */
public final class Main {
  private Main() {}

  /**
   * Runs qsweep and exits with its exit code: 0 ok, 1 a run failed (or its output could not be
   * written), 2 bad usage or input.
   */
  public static void main(String[] args) {
    // Charts are drawn off-screen: no display needed, and none is opened.
    System.setProperty("java.awt.headless", "true");
    System.exit(
        run(
            args,
            new FileOutputStream(FileDescriptor.out),
            new FileOutputStream(FileDescriptor.err)));
  }

  /**
   * Runs qsweep writing text in the platform's charset to {@code out} and {@code err}, and returns
   * the exit code; output that could not be written makes it 1, with a line on {@code err} saying
   * why.
   */
  public static int run(String[] args, OutputStream out, OutputStream err) {
    Charset console = Charset.defaultCharset();
    CheckedStream checkedOut = new CheckedStream(out);
    return run(
        args,
        new PrintWriter(new OutputStreamWriter(checkedOut, console), true),
        new PrintWriter(new OutputStreamWriter(err, console), true),
        checkedOut);
  }

  /** Runs qsweep with the given writers and returns the exit code (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, null);
  }

  private static int run(String[] args, PrintWriter out, PrintWriter err, CheckedStream why) {
    CommandLine cli = commandLine(out, err, args);
    int code = cli.execute(args);
    // checkError() flushes first: a write that fails only now still counts.
    if (out.checkError()) {
      code = Errors.onOutputFailure(cli, why == null ? null : why.failure(), code);
    }
    err.flush();
    return code;
  }

  /**
   * The configured picocli command tree for {@code args}: with only the subcommand they name when
   * the first is one, else with all (for {@code --help}, a missing command, or a misspelt one that
   * picocli suggests a name for). Either way a command parses, runs and prints its help the same.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new QsweepCommand());
    List<String> names = QsweepCommand.names();
    boolean named = args.length > 0 && names.contains(args[0]);
    for (int i = 0; i < names.size(); i++) {
      if (!named || names.get(i).equals(args[0])) {
        cli.addSubcommand(names.get(i), QsweepCommand.SUBCOMMANDS.get(i));
      }
    }
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
