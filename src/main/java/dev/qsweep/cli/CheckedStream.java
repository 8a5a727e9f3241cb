package dev.qsweep.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output (or error) that remembers why a write failed: a {@link java.io.PrintWriter} keeps
 * only a flag, and the user needs the reason ({@code No space left on device}).
 */
final class CheckedStream extends FilterOutputStream {
  private IOException failure;

  CheckedStream(OutputStream out) {
    super(out);
  }

  /** The first write or flush that failed, or null. */
  IOException failure() {
    return failure;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
