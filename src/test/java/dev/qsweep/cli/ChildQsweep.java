package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.util.Checkpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test fixture: qsweep in a child JVM, optionally paused at a {@link Checkpoint}, then killed. */
final class ChildQsweep {
  private final Process process;
  private final Path log;

  private ChildQsweep(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code qsweep args...}, paused at {@code pauseAt} if not {@code null}, its output to
   * {@code log}.
   */
  static ChildQsweep start(Path log, String pauseAt, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Djava.awt.headless=true");
    if (pauseAt != null) {
      command.add("-D" + Checkpoint.PROPERTY + "=" + pauseAt);
    }
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildQsweep(p, log);
  }

  /** Waits until the child pauses at its checkpoint (two minutes at most). */
  ChildQsweep awaitPause() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!output().contains("qsweep: paused at ")) {
      assertTrue(process.isAlive(), "the child ended before its checkpoint: " + output());
      assertTrue(System.nanoTime() < deadline, "no pause in two minutes: " + output());
      Thread.sleep(20);
    }
    return this;
  }

  /** Kills the child with SIGKILL (no shutdown hooks, no flush) and waits for it. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Waits for the child to exit and returns its exit code. */
  int exitCode() throws InterruptedException {
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the child did not end in two minutes");
    return process.exitValue();
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String output() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
