package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.run.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A random search splits into shards ({@code --shard I/N}) whose merge is the whole search, byte
 * for byte; strategies that decide on results refuse to split, in one line with the reason.
 */
final class SearchShardTest {
  private static final List<String> FILES =
      List.of(
          "trials.csv",
          "curves.csv",
          "evaluations.csv",
          "history.csv",
          "summary.csv",
          "manifest.json");

  @TempDir static Path dir;
  private static Path experiment;
  private static Path whole;

  @BeforeAll
  static void wholeSearch() throws IOException {
    experiment = SearchExperiments.write(dir, "Random", "random");
    whole = dir.resolve("whole");
    sweep("--out", whole.toString(), "--threads", "2");
  }

  private static void sweep(String... more) {
    List<String> args = new ArrayList<>(List.of("sweep", experiment.toString(), "--quiet"));
    args.addAll(List.of(more));
    CliRun run = CliRun.of(args.toArray(new String[0]));
    assertEquals(0, run.exitCode(), run.err());
  }

  private static Path shard(int i, int n) {
    Path folder = dir.resolve("r" + i + "-of-" + n);
    sweep("--shard", i + "/" + n, "--out", folder.toString(), "--threads", Integer.toString(i));
    assertFalse(Files.exists(folder.resolve("summary.csv")), "a shard has no summary");
    assertFalse(Files.exists(folder.resolve("journal.csv")), "a finished shard keeps no journal");
    return folder;
  }

  private static CliRun merge(Path target, List<Path> shards) {
    List<String> args = new ArrayList<>(List.of("merge", target.toString()));
    for (Path s : shards) {
      args.add(s.toString());
    }
    return CliRun.of(args.toArray(new String[0]));
  }

  private static long envSteps(Path folder) {
    return ResultFiles.Manifest.read(folder.resolve(ResultFiles.MANIFEST)).totalEnvSteps();
  }

  @Test
  void randomSearch_mergedShards_areTheWholeSearch_byteForByte() throws IOException {
    for (int n : new int[] {2, 4}) {
      List<Path> shards = new ArrayList<>();
      long steps = 0;
      for (int i = 1; i <= n; i++) {
        Path s = shard(i, n);
        shards.add(s);
        steps += envSteps(s);
      }
      assertEquals(envSteps(whole), steps, "the shards' total_env_steps sum to the whole's");
      Path merged = dir.resolve("merged-" + n);
      CliRun run = merge(merged, shards);
      assertEquals(0, run.exitCode(), run.err());
      assertEquals("Merged " + n + " shards, 15 trials, into " + merged + "\n", run.out());
      for (String f : FILES) {
        assertArrayEquals(
            Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(merged.resolve(f)), n + f);
      }
    }
  }

  @Test
  void randomShard_killedAndResumed_mergesToTheWholeSearch() throws Exception {
    Path killed = dir.resolve("killed-2-of-3");
    ChildQsweep child =
        ChildQsweep.start(
            dir.resolve("child.log"),
            "trial-journaled#2",
            "sweep",
            experiment.toString(),
            "--shard",
            "2/3",
            "--out",
            killed.toString(),
            "--threads",
            "1",
            "--quiet");
    child.awaitPause().kill();
    assertTrue(Files.exists(killed.resolve("journal.csv")), "the kill left a journal");
    CliRun without =
        CliRun.of("sweep", experiment.toString(), "--shard", "2/3", "--out", killed.toString());
    assertEquals(2, without.exitCode(), without.err());
    assertTrue(without.errorLine().contains("add --resume"), without.err());
    sweep("--shard", "2/3", "--out", killed.toString(), "--resume", "--threads", "2");
    Path merged = dir.resolve("merged-killed");
    CliRun run = merge(merged, List.of(shard(1, 3), killed, shard(3, 3)));
    assertEquals(0, run.exitCode(), run.err());
    for (String f : FILES) {
      assertArrayEquals(
          Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
    }
  }

  @Test
  void randomShards_badMerges_areRefusedInOneLine_writingNothing() throws IOException {
    Path s1 = shard(1, 2);
    Path s2 = shard(2, 2);
    Path other = dir.resolve("other");
    Path otherExperiment =
        SearchExperiments.writeSpace(
            dir,
            "Other",
            SearchExperiments.SPACE,
            SearchExperiments.strategy("random").replace(", 5)", ", 6)"));
    CliRun otherRun =
        CliRun.of(
            "sweep",
            otherExperiment.toString(),
            "--shard",
            "2/2",
            "--out",
            other.toString(),
            "--quiet");
    assertEquals(0, otherRun.exitCode(), otherRun.err());
    Path damaged = dir.resolve("damaged-2-of-2");
    Files.createDirectories(damaged);
    try (var files = Files.list(s2)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, damaged.resolve(f.getFileName()));
      }
    }
    Path history = damaged.resolve("history.csv");
    Files.writeString(history, Files.readString(history).replace("\n0,", "\nx,"));
    record Case(List<Path> shards, String message) {}
    List<Case> cases =
        List.of(
            new Case(List.of(s1), "split into 2 shards but 1 were given"),
            new Case(List.of(s1, s1), "is given twice"),
            new Case(List.of(s1, other), "comes from another experiment"),
            new Case(List.of(s1, whole), "is shard 1/1, but other folders split"),
            new Case(List.of(s1, damaged), "history.csv: batch 'x' is not a batch number"));
    int k = 0;
    for (Case c : cases) {
      Path target = dir.resolve("bad-merge-" + k++);
      CliRun run = merge(target, c.shards());
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.errorLine().contains(c.message()), run.err());
      assertFalse(run.err().strip().contains("\n"), run.err());
      assertFalse(Files.exists(target.resolve("trials.csv")), "nothing written");
    }
    assertTrue(Files.exists(s2.resolve("trials.csv")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"16/16", "20/30"})
  void randomShard_withoutTrials_isRefusedInOneLine(String shard) {
    CliRun run =
        CliRun.of(
            "sweep",
            experiment.toString(),
            "--shard",
            shard,
            "--out",
            dir.resolve("empty-" + shard.replace('/', '-')).toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(
        "qsweep sweep: shard " + shard + " has no trials: the random search has only 15",
        run.errorLine());
  }

  @ParameterizedTest
  @CsvSource({
    "halving, 1/2",
    "halving, 3/3",
    "hyperband, 2/3",
    "hyperband, 1/2",
    "genetic, 1/2",
    "genetic, 4/4"
  })
  void shardOfAStrategyDecidingOnResults_isRefusedInOneLine_withTheReason(String kind, String shard)
      throws IOException {
    Path refused = SearchExperiments.write(dir, "Refused", kind);
    Path out = dir.resolve("refused-" + kind + shard.replace('/', '-'));
    for (String dryRun : new String[] {"--quiet", "--dry-run"}) {
      CliRun run =
          CliRun.of("sweep", refused.toString(), "--out", out.toString(), "--shard", shard, dryRun);
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(
          "qsweep sweep: --shard "
              + shard
              + ": a "
              + kind
              + " search decides each batch from the results of the one before, which no shard"
              + " holds whole, so it cannot be split into shards; run it whole (grid and random"
              + " searches split)",
          run.errorLine());
      assertFalse(run.err().strip().contains("\n"), run.err());
      assertFalse(Files.exists(out));
    }
  }

  @Test
  void randomShard_dryRun_printsItsPlan() {
    CliRun run = CliRun.of("sweep", experiment.toString(), "--shard", "2/4", "--dry-run");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains(
                "Trial runs: at most 15 (5 configuration runs x 3 replicates); shard 2/4"
                    + " runs 4 of them"),
        run.out());
  }
}
