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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SweepCommandTest {
  @TempDir Path dir;

  private Path experiment(String name, String chain) throws IOException {
    return ExperimentFiles.write(dir, name, chain);
  }

  private Path cliff() throws IOException {
    return experiment(
        "Cliff",
        "Grid.builder(\"cliff\").env(\"CliffWalking-v1\").learner(\"q-learning\", \"sarsa\")"
            + ".alpha(0.5).gamma(1.0).epsilon(0.1).episodes(300).curveBins(30).replicates(4).seed(6)");
  }

  @Test
  void sweep_writesTheResultsFolder_andPrintsTheBest() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("sweep", cliff().toString(), "--out", out.toString(), "--threads", "2");
    assertEquals(0, run.exitCode(), run.err());
    for (String f :
        List.of("manifest.json", "trials.csv", "curves.csv", "summary.csv", "timings.csv")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    assertFalse(Files.exists(out.resolve("evaluations.csv")));
    assertTrue(run.out().contains("Ran 8 trials in "), run.out());
    assertTrue(run.out().contains("env steps/s over the whole sweep"), run.out());
    assertTrue(run.out().contains("Best configurations"), run.out());
    assertTrue(
        run.err()
            .contains(
                "qsweep: cliff: 2 configurations x 4 replicates = 8 trials; 8 to run on 2 threads"),
        run.err());
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(
        manifest.contains("\"command\": \"qsweep sweep " + dir.resolve("Cliff.java") + "\""),
        manifest);
    assertTrue(manifest.contains("\"swept_axes\": [\"learner\"]"), manifest);
  }

  @Test
  void sweep_withMoreCurveBinsThanEpisodes_reportsTheEmptyBinsAsNan() throws IOException {
    Path file =
        experiment(
            "Short",
            "Grid.builder(\"short\").env(\"Taxi-v4\", java.util.Map.of(\"is_rainy\", \"true\"))"
                + ".learner(\"q-learning\").alpha(0.5).gamma(0.9, 0.99).epsilon(0.1).episodes(20)"
                + ".replicates(3).seed(2)");
    Path out = dir.resolve("short");
    CliRun run = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    // 20 episodes in the default 100 bins: 80 bins of each trial are empty.
    String curves = Files.readString(out.resolve("curves.csv"));
    assertTrue(curves.contains(",0,nan,nan,nan,nan\n"), curves.substring(0, 400));
    assertTrue(Files.exists(out.resolve("charts").resolve("learning-return.png")));
  }

  @Test
  void dryRun_printsTheGrid_andWritesNothing() throws IOException {
    Path out = dir.resolve("dry");
    CliRun run = CliRun.of("sweep", cliff().toString(), "--out", out.toString(), "--dry-run");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out().startsWith("cliff: 2 configurations x 4 replicates = 8 trials, root seed 6"),
        run.out());
    assertTrue(run.out().contains("c002   CliffWalking-v1              sarsa"), run.out());
    assertTrue(run.out().contains("Episodes: 2,400 in all"), run.out());
    // Lower bound: 13 steps an episode (the optimal path); upper: the 200-step limit.
    assertTrue(run.out().contains("Env steps: between 3.12e+04"), run.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void reproduce_rerunsATrial_identical_andReportsTampering() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(
        0, CliRun.of("sweep", cliff().toString(), "--out", out.toString(), "--quiet").exitCode());
    CliRun same = CliRun.of("reproduce", out.toString(), "c002-r03");
    assertEquals(0, same.exitCode(), same.err());
    assertTrue(
        same.out()
            .startsWith("c002-r03 reproduced: all 29 metrics and its learning curve are identical"),
        same.out());

    Path trials = out.resolve("trials.csv");
    List<String> lines = Files.readAllLines(trials);
    String row = lines.get(8);
    assertTrue(row.startsWith("c002-r03,"), row);
    String[] f = row.split(",", -1);
    f[15] = Long.toString(Long.parseLong(f[15]) + 1); // train_steps
    lines.set(8, String.join(",", f));
    Files.write(trials, lines);
    CliRun differs = CliRun.of("reproduce", out.toString(), "c002-r03");
    assertEquals(1, differs.exitCode());
    assertTrue(differs.out().contains("c002-r03 differs in 1 places:"), differs.out());
    assertTrue(differs.out().contains("train_steps: recorded "), differs.out());

    CliRun unknown = CliRun.of("reproduce", out.toString(), "c999-r00");
    assertEquals(2, unknown.exitCode());
    assertTrue(
        unknown.errorLine().startsWith("qsweep reproduce: no trial c999-r00 in "), unknown.err());
  }

  @Test
  void report_rebuildsSummary_fromTheCsvFilesAlone() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(
        0, CliRun.of("sweep", cliff().toString(), "--out", out.toString(), "--quiet").exitCode());
    byte[] summary = Files.readAllBytes(out.resolve("summary.csv"));
    Files.delete(out.resolve("summary.csv"));
    CliRun run = CliRun.of("report", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertArrayEquals(summary, Files.readAllBytes(out.resolve("summary.csv")));
  }

  @Test
  void report_refusesAFolderFromAnotherFormat() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(
        0, CliRun.of("sweep", cliff().toString(), "--out", out.toString(), "--quiet").exitCode());
    Path trials = out.resolve("trials.csv");
    List<String> lines = Files.readAllLines(trials);
    lines.set(0, lines.get(0).replace("reward_per_move", "reward_per_step"));
    Files.write(trials, lines);
    CliRun run = CliRun.of("report", out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.errorLine().contains("has the columns of another qsweep version"), run.err());
    CliRun missing = CliRun.of("report", dir.resolve("nothing").toString());
    assertEquals(2, missing.exitCode());
    assertEquals(
        "qsweep report: results folder " + dir.resolve("nothing") + " does not exist",
        missing.errorLine());
  }

  @Test
  void shardsAndMerge_fromTheCommandLine() throws IOException {
    Path file = cliff();
    Path whole = dir.resolve("whole");
    assertEquals(
        0, CliRun.of("sweep", file.toString(), "--out", whole.toString(), "--quiet").exitCode());
    for (int i = 1; i <= 2; i++) {
      CliRun shard =
          CliRun.of(
              "sweep",
              file.toString(),
              "--shard",
              i + "/2",
              "--out",
              dir.resolve("s" + i).toString(),
              "--quiet");
      assertEquals(0, shard.exitCode(), shard.err());
      assertFalse(
          Files.exists(dir.resolve("s" + i).resolve("summary.csv")), "a shard has no summary");
    }
    CliRun merged =
        CliRun.of(
            "merge",
            dir.resolve("m").toString(),
            dir.resolve("s1").toString(),
            dir.resolve("s2").toString());
    assertEquals(0, merged.exitCode(), merged.err());
    assertEquals("Merged 2 shards, 8 trials, into " + dir.resolve("m") + "\n", merged.out());
    for (String f : List.of("trials.csv", "curves.csv", "summary.csv", "manifest.json")) {
      assertArrayEquals(
          Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(dir.resolve("m").resolve(f)), f);
    }
  }

  @Test
  void badInput_oneLine_exit2() throws IOException {
    CliRun badShard = CliRun.of("sweep", cliff().toString(), "--shard", "2of3");
    assertEquals(2, badShard.exitCode());
    assertEquals(
        "qsweep sweep: --shard 2of3 is not valid; expected I/N with 1 <= I <= N, for example 2/4",
        badShard.errorLine());
    Path bad =
        experiment(
            "Bad",
            "Grid.builder(\"bad\").env(\"Taxi-v3\").learner(\"sarsa\").alpha(0.1).gamma(0.6)"
                + ".epsilon(0.1).episodes(10).replicates(0)");
    CliRun run = CliRun.of("sweep", bad.toString(), "--out", dir.resolve("never").toString());
    assertEquals(2, run.exitCode());
    assertEquals(
        "qsweep sweep: " + bad + ":5: replicates: 0 is not allowed; replicates must be at least 1",
        run.errorLine());
    assertFalse(Files.exists(dir.resolve("never")));
    Path file = dir.resolve("file");
    Files.writeString(file, "not a folder");
    CliRun notFolder =
        CliRun.of("sweep", cliff().toString(), "--out", file.resolve("x").toString());
    assertEquals(2, notFolder.exitCode());
    assertTrue(
        notFolder.errorLine().startsWith("qsweep sweep: cannot create output folder "),
        notFolder.err());
  }

  @Test
  void spark_withoutTheSparkModule_orWithThreads_oneLine_exit2_writesNoResults()
      throws IOException {
    Path out = dir.resolve("spark");
    for (String master : List.of("local[2]", "spark://127.0.0.1:7077", "yarn")) {
      CliRun run =
          CliRun.of("sweep", cliff().toString(), "--out", out.toString(), "--spark", master);
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(
          "qsweep sweep: --spark needs the qsweep-spark module, which is not on the class path;"
              + " run qsweep through scripts/qsweep (it adds it for --spark) or"
              + " qsweep-spark/target/qsweep-spark.jar",
          run.errorLine());
      assertFalse(Files.exists(out.resolve("trials.csv")));
      assertFalse(Files.exists(out.resolve("journal.csv")));
    }
    CliRun both = CliRun.of("sweep", cliff().toString(), "--spark", "local[2]", "--threads", "2");
    assertEquals(2, both.exitCode());
    assertEquals(
        "qsweep sweep: --spark local[2] and --threads 2 contradict each other; give one (local[2]"
            + " is Spark on 2 threads)",
        both.errorLine());
  }
}
