package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real sweep with SIGKILL part-way and resumes it. */
final class SweepKillTest {
  @TempDir Path dir;

  @Test
  void sweepKilledWithSigkill_andResumed_givesTheFilesOfAnUninterruptedRun() throws Exception {
    // 40 configurations x 10 replicates; epsilon 1 keeps every episode near the 200-step limit,
    // so each trial is about a million steps and the sweep takes a few seconds.
    Path experiment =
        ExperimentFiles.write(
            dir,
            "Long",
            "Grid.builder(\"long\").env(\"Taxi-v3\").learner(\"q-learning\")"
                + ".alpha(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)"
                + ".gamma(0.6, 0.7, 0.8, 0.9).epsilon(1.0).episodes(5000)"
                + ".curveBins(20).replicates(10).seed(1)");
    Path killed = dir.resolve("killed");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "sweep",
                experiment.toString(),
                "--out",
                killed.toString(),
                "--threads",
                "2",
                "--quiet")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    Path journal = killed.resolve("journal.csv");
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (finishedTrials(journal) < 10) {
      assertTrue(
          child.isAlive(),
          "the sweep ended before it could be killed: "
              + Files.readString(dir.resolve("child.log")));
      assertTrue(System.nanoTime() < deadline, "no progress in two minutes");
      Thread.sleep(20);
    }
    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flush
    child.waitFor();
    assertEquals(137, child.exitValue(), "killed by signal 9");
    int done = finishedTrials(journal);
    assertTrue(done < 400, "killed part-way: " + done + " of 400 trials finished");
    assertFalse(Files.exists(killed.resolve("trials.csv")), "no results before the sweep finishes");

    CliRun resumed =
        CliRun.of(
            "sweep", experiment.toString(), "--out", killed.toString(), "--resume", "--quiet");
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertTrue(resumed.out().contains("already done"), resumed.out());

    Path whole = dir.resolve("whole");
    CliRun uninterrupted =
        CliRun.of("sweep", experiment.toString(), "--out", whole.toString(), "--quiet");
    assertEquals(0, uninterrupted.exitCode(), uninterrupted.err());
    for (String name : List.of("trials.csv", "curves.csv", "summary.csv", "manifest.json")) {
      assertArrayEquals(
          Files.readAllBytes(whole.resolve(name)), Files.readAllBytes(killed.resolve(name)), name);
    }
    assertFalse(Files.exists(journal));
  }

  private static int finishedTrials(Path journal) throws IOException {
    if (!Files.exists(journal)) {
      return 0;
    }
    try (Stream<String> lines = Files.lines(journal)) {
      return (int) lines.filter(l -> l.startsWith("E,")).count();
    } catch (java.io.UncheckedIOException e) {
      return 0; // a line being written as we read: try again
    }
  }
}
