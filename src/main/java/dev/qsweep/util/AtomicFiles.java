package dev.qsweep.util;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files replaced in one step: written beside the target, then moved over it, so a reader (or a
 * sweep killed mid-write) never sees half of one.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes bytes to an output stream. */
  @FunctionalInterface
  public interface Bytes {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes text to a writer. */
  @FunctionalInterface
  public interface Text {
    void writeTo(Writer out) throws IOException;
  }

  /** Replaces {@code file} with the UTF-8 text {@code content} writes. */
  public static void writeText(Path file, Text content) {
    write(
        file,
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          content.writeTo(w);
          w.flush();
        });
  }

  /** Replaces {@code file} with the bytes {@code content} writes. */
  public static void write(Path file, Bytes content) {
    Path parent = file.toAbsolutePath().getParent();
    // Not Files.createTempFile: its 0600 permissions would stick to the result.
    Path temp =
        parent.resolve(
            "." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      try {
        try (OutputStream out =
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          content.writeTo(out);
        }
        try {
          Files.move(
              temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
