package dev.qsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.run.SweepRunner;
import dev.qsweep.run.TrialRunner;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --spark local[2]}: Spark in this JVM, against the same sweep on two local threads. */
final class LocalModeTest {
  @TempDir Path dir;

  @Test
  void localTwo_writesTheBytesOfTwoThreads() throws IOException {
    Path experiment = Cli.smallSweep(dir);
    Path threads = dir.resolve("threads");
    Path spark = dir.resolve("spark");
    Cli.Run a =
        Cli.run("sweep", experiment.toString(), "--threads", "2", "--out", threads.toString());
    assertEquals(0, a.exitCode(), a.err());
    Cli.Run b =
        Cli.run("sweep", experiment.toString(), "--spark", "local[2]", "--out", spark.toString());
    assertEquals(0, b.exitCode(), b.err());
    assertTrue(b.err().contains("= 12 trials; 12 to run on Spark local[2] -> " + spark), b.err());
    assertTrue(b.out().contains("Ran 12 trials in "), b.out());
    assertTrue(Files.exists(spark.resolve("evaluations.csv")));
    Cli.assertSameResults(threads, spark);
    assertTrue(Files.exists(spark.resolve("report.md")));
  }

  @Test
  void failedTrials_resumeOnSpark_toTheBytesOfAnUninterruptedRun() throws IOException {
    Path experiment = Cli.smallSweep(dir);
    Path whole = dir.resolve("whole");
    Path resumed = dir.resolve("resumed");
    assertEquals(
        0,
        Cli.run("sweep", experiment.toString(), "--quiet", "--out", whole.toString()).exitCode());
    // Spark runs local tasks in this JVM, so the test hook reaches them: replicate 1 throws.
    SweepRunner.setTrialFunctionForTests(
        (spec, model, optimal) -> {
          if (spec.replicate() == 1) {
            throw new IllegalStateException("injected");
          }
          return TrialRunner.run(spec, model, optimal);
        });
    Cli.Run failed;
    try {
      failed =
          Cli.run(
              "sweep", experiment.toString(), "--spark", "local[2]", "--out", resumed.toString());
    } finally {
      SweepRunner.setTrialFunctionForTests(null);
    }
    assertEquals(1, failed.exitCode(), failed.err());
    assertTrue(
        failed.err().contains("4 of 12 trials failed (rerun with --resume to retry them)"),
        failed.err());
    assertTrue(failed.err().contains("c001-r01 (configuration c001"), failed.err());
    Cli.Run resume =
        Cli.run(
            "sweep",
            experiment.toString(),
            "--spark",
            "local[2]",
            "--resume",
            "--out",
            resumed.toString());
    assertEquals(0, resume.exitCode(), resume.err());
    assertTrue(resume.out().contains("Ran 4 trials (8 already done)"), resume.out());
    Cli.assertSameResults(whole, resumed);
  }

  @Test
  void mastersThatCannotServe_oneLine_exit2_withinSeconds_folderWithoutResults()
      throws IOException {
    Path experiment = Cli.smallSweep(dir);
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Path out = dir.resolve("never");
    String unreachable = "spark://127.0.0.1:" + closed;
    long began = System.nanoTime();
    Cli.Run run =
        Cli.run("sweep", experiment.toString(), "--spark", unreachable, "--out", out.toString());
    assertTrue(System.nanoTime() - began < 30e9, "no hang");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(
        run.errorLine()
            .startsWith(
                "qsweep sweep: --spark "
                    + unreachable
                    + ": no Spark master answers (127.0.0.1:"
                    + closed
                    + ": Connection refused"),
        run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    for (String bad : List.of("spark://head-node", "spark://head-node:http", "spark://:7077")) {
      Cli.Run malformed =
          Cli.run("sweep", experiment.toString(), "--spark", bad, "--out", out.toString());
      assertEquals(2, malformed.exitCode(), malformed.err());
      assertTrue(
          malformed
              .errorLine()
              .startsWith("qsweep sweep: --spark " + bad + " is not a valid master: "),
          malformed.err());
    }
    Cli.Run unknown =
        Cli.run(
            "sweep", experiment.toString(), "--spark", "mesos-ish://x", "--out", out.toString());
    assertEquals(2, unknown.exitCode(), unknown.err());
    assertTrue(
        unknown
            .errorLine()
            .startsWith("qsweep sweep: --spark mesos-ish://x: Spark could not start: "),
        unknown.err());
    assertFalse(Files.exists(out.resolve("journal.csv")));
    assertFalse(Files.exists(out.resolve("trials.csv")));
  }

  @Test
  void experimentsWithTheirOwnEnvironments_areRefused_oneLine() {
    Path windy = Path.of("..", "experiments", "WindyGridworld.java");
    Path out = dir.resolve("windy");
    Cli.Run run =
        Cli.run("sweep", windy.toString(), "--spark", "local[2]", "--out", out.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(
        "qsweep sweep: --spark runs only qsweep's built-in environments, and this grid uses"
            + " WindyGridworld-v0 (an environment of the experiment's own or a P-table file,"
            + " which executors cannot rebuild); run it with --threads",
        run.errorLine());
    assertFalse(Files.exists(out.resolve("journal.csv")));
  }
}
