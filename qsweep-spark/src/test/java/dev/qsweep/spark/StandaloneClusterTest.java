package dev.qsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.cli.SearchExperiments;
import dev.qsweep.experiment.ExperimentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on 127.0.0.1 (a master and a worker, child JVMs): the same bytes
 * as local threads, for a grid and a successive halving search, and a worker killed mid-sweep, then
 * {@code --resume}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class StandaloneClusterTest {
  @TempDir static Path dir;
  private static StandaloneCluster cluster;

  @BeforeAll
  static void startCluster() throws IOException {
    cluster = new StandaloneCluster(dir.resolve("cluster"));
    cluster.startWorker(2);
    // The driver (this JVM) as Spark's test suites run it: on loopback, its class path shipped to
    // the executors, small executors; a lost cluster is given up after 30 s, not the default.
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    System.setProperty("spark.executor.extraClassPath", System.getProperty("java.class.path"));
    System.setProperty("spark.executor.memory", "512m");
    // Each trial held 250 ms on its executor: the kill lands mid-sweep on any machine's speed.
    System.setProperty(
        "spark.executor.extraJavaOptions", "-D" + RunPartition.DELAY_PROPERTY + "=250");
    System.setProperty(SparkTrialExecutor.EXECUTOR_WAIT_PROPERTY, "30");
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1) // starts the executors, which the kill finds running
  void aStandaloneCluster_writesTheBytesOfLocalThreads() throws IOException {
    Path experiment = Cli.smallSweep(dir);
    Path threads = dir.resolve("threads");
    Path spark = dir.resolve("spark");
    Cli.Run a =
        Cli.run(
            "sweep",
            experiment.toString(),
            "--threads",
            "2",
            "--out",
            threads.toString(),
            "--quiet");
    assertEquals(0, a.exitCode(), a.err());
    Cli.Run b =
        Cli.run(
            "sweep", experiment.toString(), "--spark", cluster.url(), "--out", spark.toString());
    assertEquals(0, b.exitCode(), b.err());
    assertTrue(b.err().contains("12 to run on Spark " + cluster.url()), b.err());
    Cli.assertSameResults(threads, spark);
  }

  @Test
  @Order(2)
  void aHalvingSearch_onTheCluster_writesTheBytesOfLocalThreads() throws IOException {
    Path experiment = SearchExperiments.write(dir, "Halving", "halving");
    Path threads = dir.resolve("halving-threads");
    Path spark = dir.resolve("halving-spark");
    Cli.Run a =
        Cli.run(
            "sweep",
            experiment.toString(),
            "--threads",
            "2",
            "--quiet",
            "--out",
            threads.toString());
    assertEquals(0, a.exitCode(), a.err());
    Cli.Run b =
        Cli.run(
            "sweep", experiment.toString(), "--spark", cluster.url(), "--out", spark.toString());
    assertEquals(0, b.exitCode(), b.err());
    assertTrue(b.err().contains("halving search, at most "), b.err());
    assertTrue(b.err().contains(" on Spark " + cluster.url()), b.err());
    Cli.assertSameResults(threads, spark);
  }

  @Test
  @Order(3)
  void aWorkerKilledMidSweep_failsInOneLine_thenResumeFinishesToTheSameBytes()
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    Path experiment =
        ExperimentFiles.write(
            dir,
            "Longer",
            "Grid.builder(\"longer\").env(\"Taxi-v3\").learner(\"q-learning\", \"sarsa\")"
                + ".alpha(0.1, 0.5).gamma(0.9).epsilon(0.1).episodes(2000).curveBins(10)"
                + ".replicates(8).seed(5)");
    Path local = dir.resolve("longer-local");
    Path killed = dir.resolve("longer-killed");
    CompletableFuture<Cli.Run> sweep =
        CompletableFuture.supplyAsync(
            () ->
                Cli.run(
                    "sweep",
                    experiment.toString(),
                    "--spark",
                    cluster.url(),
                    "--quiet",
                    "--out",
                    killed.toString()));
    Path journal = killed.resolve("journal.csv");
    while (!sweep.isDone() && journaledTrials(journal) < 4) {
      Thread.sleep(50);
    }
    if (sweep.isDone()) {
      throw new AssertionError("the sweep ended before the kill: " + sweep.get().err());
    }
    StandaloneCluster.kill(cluster.workers().get(0));
    Cli.Run failed = sweep.get(120, TimeUnit.SECONDS);
    assertEquals(1, failed.exitCode(), failed.err());
    assertEquals(
        "qsweep sweep: Spark master "
            + cluster.url()
            + " has had no executor for 30 s (its workers are gone); the trials finished so far"
            + " are kept: rerun with --resume",
        failed.errorLine());
    assertFalse(Files.exists(killed.resolve("trials.csv")), "nothing half-written");
    int kept = journaledTrials(journal);
    assertTrue(kept >= 4 && kept < 32, "journaled " + kept);

    cluster.startWorker(2);
    Cli.Run resume =
        Cli.run(
            "sweep",
            experiment.toString(),
            "--spark",
            cluster.url(),
            "--resume",
            "--quiet",
            "--out",
            killed.toString());
    assertEquals(0, resume.exitCode(), resume.err());
    assertTrue(
        resume.out().contains("Ran " + (32 - kept) + " trials (" + kept + " already done)"),
        resume.out());
    assertEquals(
        0,
        Cli.run(
                "sweep",
                experiment.toString(),
                "--threads",
                "2",
                "--quiet",
                "--out",
                local.toString())
            .exitCode());
    Cli.assertSameResults(local, killed);
  }

  /** Finished trials in a sweep's journal: their end markers. */
  private static int journaledTrials(Path journal) throws IOException {
    if (!Files.exists(journal)) {
      return 0;
    }
    int n = 0;
    for (String line : Files.readAllLines(journal)) {
      if (line.startsWith("E,")) {
        n++;
      }
    }
    return n;
  }
}
