package dev.qsweep.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * Runs with a standard output that takes {@code capacity} bytes and then fails every write with
   * an {@link IOException} saying {@code reason}, as a full disk ({@code > /dev/full}) or a closed
   * pipe does; {@link #out()} holds what was taken.
   */
  static CliRun withOutputFailing(String reason, int capacity, String... args) {
    ByteArrayOutputStream taken = new ByteArrayOutputStream();
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            int room = capacity - taken.size();
            taken.write(b, off, Math.max(0, Math.min(room, len)));
            if (len > room) {
              throw new IOException(reason);
            }
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, full, err);
    Charset console = Charset.defaultCharset();
    return new CliRun(code, taken.toString(console), err.toString(console));
  }

  /** The first line of standard error. */
  String errorLine() {
    return err.lines().findFirst().orElse("");
  }
}
