package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work a sweep cannot do is refused before anything is written; another sweep's folder too. */
final class SweepBoundsTest {
  @TempDir Path dir;

  private Path experiment(String name, String axes) throws IOException {
    return ExperimentFiles.write(
        dir,
        name,
        "Grid.builder(\""
            + name.toLowerCase(java.util.Locale.ROOT)
            + "\").env(\"FrozenLake-v1\")"
            + axes
            + ".epsilon(0.2).episodes(100).curveBins(5).replicates(2).seed(4)");
  }

  @Test
  void threadsOutOfRange_areRefused_beforeTheFolderIsCreated() throws IOException {
    Path file = experiment("Few", ".learner(\"q-learning\").alpha(0.1).gamma(0.9)");
    for (String threads : new String[] {"257", "100000", "0", "-3"}) {
      Path out = dir.resolve("out-" + threads);
      CliRun run =
          CliRun.of("sweep", file.toString(), "--out", out.toString(), "--threads", threads);
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(
          "qsweep sweep: --threads " + threads + " is out of range; it must be in 1..256",
          run.errorLine());
      assertFalse(Files.exists(out), "nothing written");
    }
  }

  @Test
  void gridPastTheLimit_isRefusedAtOnce_byTheCommandLine() throws IOException {
    Path file =
        ExperimentFiles.write(
            dir,
            "Huge",
            "Grid.builder(\"huge\").env(\"FrozenLake-v1\").learner(\"q-learning\")"
                + ".alpha(0.1, 0.2).gamma(0.9).epsilon(0.1).episodes(1).replicates(1 << 30)");
    Path out = dir.resolve("huge");
    for (String[] args :
        new String[][] {
          {"sweep", file.toString(), "--out", out.toString()},
          {"sweep", file.toString(), "--dry-run"}
        }) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(
          run.errorLine().contains("the grid has 2,147,483,648 trials")
              && run.errorLine().contains("the limit is 10,000,000"),
          run.errorLine());
    }
    assertFalse(Files.exists(out));
  }

  @Test
  void anotherSweepInAFinishedFolder_isRefused_andOverwriteLeavesNothingOfIt() throws IOException {
    Path first = experiment("First", ".learner(\"q-learning\").alpha(0.1, 0.5).gamma(0.9, 0.99)");
    Path second = experiment("Second", ".learner(\"q-learning\", \"sarsa\").alpha(0.1).gamma(0.9)");
    Path out = dir.resolve("shared");
    assertEquals(0, CliRun.of("sweep", first.toString(), "--out", out.toString()).exitCode());
    assertTrue(Files.exists(out.resolve("charts/heatmap-alpha-gamma.png")));

    CliRun refused = CliRun.of("sweep", second.toString(), "--out", out.toString());
    assertEquals(2, refused.exitCode());
    assertEquals(
        "qsweep sweep: "
            + out
            + " holds the results of another sweep (another experiment, version of it, shard or"
            + " qsweep); add --overwrite to replace them, or use another --out folder",
        refused.errorLine());
    CliRun bothFlags =
        CliRun.of("sweep", second.toString(), "--out", out.toString(), "--resume", "--overwrite");
    assertEquals(2, bothFlags.exitCode());

    CliRun overwritten =
        CliRun.of("sweep", second.toString(), "--out", out.toString(), "--overwrite");
    assertEquals(0, overwritten.exitCode(), overwritten.err());
    Path alone = dir.resolve("alone");
    assertEquals(0, CliRun.of("sweep", second.toString(), "--out", alone.toString()).exitCode());
    assertEquals(KillPointsTest.listing(alone), KillPointsTest.listing(out));
    assertEquals(
        KillPointsTest.listing(alone.resolve("charts")),
        KillPointsTest.listing(out.resolve("charts")),
        "no chart of the first sweep remains");
    assertEquals(
        Files.readString(alone.resolve("trials.csv")), Files.readString(out.resolve("trials.csv")));
  }
}
