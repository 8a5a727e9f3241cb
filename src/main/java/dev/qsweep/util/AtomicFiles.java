package dev.qsweep.util;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Files replaced in one step: written beside the target, then moved over it, so a reader (or a
 * sweep killed mid-write) never sees half of one.
 */
public final class AtomicFiles {
  /** The names {@link #temp} gives: {@code .NAME.HEX.tmp}. */
  private static final Pattern TEMP_NAME = Pattern.compile("\\..+\\.[0-9a-f]+\\.tmp");

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

  /** Writes several texts at once, one writer per file, in the order the files were given. */
  @FunctionalInterface
  public interface Texts {
    void writeTo(List<Writer> out) throws IOException;
  }

  /**
   * Replaces each of {@code files} with the UTF-8 text {@code content} writes to its writer: all
   * written first, then each moved into place, so one pass over a source can fill them all.
   */
  public static void writeTexts(List<Path> files, Texts content) {
    List<Path> temps = new ArrayList<>();
    List<Writer> writers = new ArrayList<>();
    try {
      try {
        for (Path file : files) {
          Path temp = temp(file);
          temps.add(temp);
          writers.add(
              Files.newBufferedWriter(
                  temp,
                  StandardCharsets.UTF_8,
                  StandardOpenOption.CREATE_NEW,
                  StandardOpenOption.WRITE));
        }
        content.writeTo(writers);
        for (Writer w : writers) {
          w.close();
        }
        for (int i = 0; i < files.size(); i++) {
          move(temps.get(i), files.get(i));
        }
      } finally {
        for (Writer w : writers) {
          w.close();
        }
        for (Path temp : temps) {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + files + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes the temporary files a killed writer left in {@code dir} and its subfolders (one level):
   * call only while holding the folder's lock, when no temporary file there can be in use.
   */
  public static void deleteLeftovers(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          try (DirectoryStream<Path> inner = Files.newDirectoryStream(entry, AtomicFiles::isTemp)) {
            for (Path temp : inner) {
              Files.deleteIfExists(temp);
            }
          }
        } else if (isTemp(entry)) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean isTemp(Path path) {
    return TEMP_NAME.matcher(path.getFileName().toString()).matches();
  }

  private static Path temp(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    // Not Files.createTempFile: its 0600 permissions would stick to the result.
    return parent.resolve(
        "." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
  }

  private static void move(Path temp, Path file) throws IOException {
    Checkpoint.reach("move:" + file.getFileName());
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Replaces {@code file} with the bytes {@code content} writes. */
  public static void write(Path file, Bytes content) {
    Path temp = temp(file);
    try {
      try {
        try (OutputStream out =
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          content.writeTo(out);
        }
        move(temp, file);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
