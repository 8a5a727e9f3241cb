package dev.qsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.cli.Main;
import dev.qsweep.cli.SearchExperiments;
import dev.qsweep.util.Checkpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every search strategy on {@code --spark local[2]} (a batch is a Spark job, each trial retrained
 * from episode 0 to its budget on an executor) writes the bytes of {@code --threads 2}, and a
 * search killed with SIGKILL under Spark resumes to them.
 */
final class SearchOnSparkTest {
  @TempDir Path dir;

  private Path sweep(Path experiment, String out, String... more) {
    Path folder = dir.resolve(out);
    List<String> args =
        new ArrayList<>(List.of("sweep", experiment.toString(), "--out", folder.toString()));
    args.addAll(List.of(more));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return folder;
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    assertTrue(Files.exists(expected.resolve("manifest.json")));
    Cli.assertSameResults(expected, actual);
    assertFalse(Files.exists(actual.resolve("journal.csv")), "the journal is deleted");
  }

  @ParameterizedTest
  @ValueSource(strings = {"random", "halving", "hyperband", "genetic"})
  void everyStrategy_onLocalTwo_writesTheBytesOfTwoThreads(String kind) throws IOException {
    Path experiment = SearchExperiments.write(dir, "Search", kind);
    Path threads = sweep(experiment, "threads", "--threads", "2", "--quiet");
    Path spark = dir.resolve("spark");
    Cli.Run run =
        Cli.run("sweep", experiment.toString(), "--spark", "local[2]", "--out", spark.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains(" search, at most "), run.err());
    assertTrue(run.err().contains(" on Spark local[2] -> " + spark), run.err());
    assertSameFiles(threads, spark);
    assertTrue(Files.exists(spark.resolve("report.md")));
  }

  /**
   * Successive halving killed (SIGKILL, no shutdown hook) in its last rung under Spark, its
   * promoted trials' first rung journaled: {@code --resume} on Spark replays the journaled batches
   * and retrains only what is missing.
   */
  @Test
  void halvingKilledUnderSpark_resumesOnSpark_toTheBytesOfTwoThreads() throws Exception {
    Path experiment = SearchExperiments.write(dir, "Halving", "halving");
    Path threads = sweep(experiment, "threads", "--threads", "2", "--quiet");
    Path killed = dir.resolve("killed");
    Path log = dir.resolve("child.log");
    // Halving's first rung is its 18 trials; the kill lands on the second rung's second trial.
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + System.getProperty("qsweep.spark.opens"),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dqsweep.cache=off",
                "-D" + Checkpoint.PROPERTY + "=trial-journaled#20",
                Main.class.getName(),
                "sweep",
                experiment.toString(),
                "--spark",
                "local[2]",
                "--quiet",
                "--out",
                killed.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!(Files.exists(log) && Files.readString(log).contains("qsweep: paused at "))) {
        assertTrue(child.isAlive(), "the child ended before its checkpoint: " + read(log));
        assertTrue(System.nanoTime() < deadline, "no pause in three minutes: " + read(log));
        Thread.sleep(50);
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    assertTrue(Files.exists(killed.resolve("journal.csv")), "the kill left a journal");
    assertFalse(Files.exists(killed.resolve("trials.csv")), "nothing half-written");
    Cli.Run resume =
        Cli.run(
            "sweep",
            experiment.toString(),
            "--spark",
            "local[2]",
            "--resume",
            "--quiet",
            "--out",
            killed.toString());
    assertEquals(0, resume.exitCode(), resume.err());
    assertTrue(resume.out().contains("(20 already done)"), resume.out());
    assertSameFiles(threads, killed);
  }

  private static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
