package dev.qsweep.run;

import dev.qsweep.util.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one writer of a results folder: an OS lock on the folder's {@code .qsweep.lock}, taken by
 * {@code sweep}, {@code sweep --resume}, {@code merge} and {@code report} before they write, and
 * released when they end, or when their process dies (even by {@code kill -9}: the OS drops it). A
 * second writer is refused at once, naming the folder and the holder's process id.
 */
/*
 * Implementation note. The lock file stays in the folder after the run: deleting it on release
 * would let a writer that opened the old file before the delete and one that creates a new file
 * both hold "the" lock. The holder writes its pid into the file after locking it, so a refused
 * writer can name it; the file is never truncated before it is locked.
 */
public final class FolderLock implements AutoCloseable {
  /** The lock file in every results folder. */
  public static final String FILE = ".qsweep.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Creates {@code dir} if needed and locks it for writing.
   *
   * @throws IllegalArgumentException if the folder cannot be created or written, or another process
   *     (or another command in this one) holds its lock
   */
  public static FolderLock create(Path dir) {
    ResultFiles.prepareFolder(dir);
    return lock(dir);
  }

  /**
   * Locks the existing folder {@code dir} for writing.
   *
   * @throws IllegalArgumentException if it does not exist, cannot be written, or is locked
   */
  public static FolderLock existing(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("results folder " + dir + " does not exist");
    }
    ResultFiles.prepareFolder(dir);
    return lock(dir);
  }

  private static FolderLock lock(Path dir) {
    Path file = dir.resolve(FILE);
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot lock output folder " + dir + ": " + ResultFiles.describe(e), e);
    }
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this process
      }
      if (lock == null) {
        String holder = holder(channel);
        channel.close();
        throw new IllegalArgumentException(
            dir
                + " is being written by another qsweep (pid "
                + holder
                + "); wait for it to end, or stop it, or use another --out folder");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      // Whatever a killed writer left half-written is no one's now.
      AtomicFiles.deleteLeftovers(dir);
      return new FolderLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  /** The pid the holder wrote, or "unknown" if it has not written it yet. */
  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(32);
    channel.read(buffer, 0);
    String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
    String pid = text.strip();
    return pid.matches("\\d+") ? pid : "unknown";
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Already failing; the first error is the one to report.
    }
  }

  /** Releases the lock (the file stays). */
  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
