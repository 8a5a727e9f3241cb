package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.Greedy;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.experiment.ExperimentFiles;
import dev.qsweep.run.Columns;
import dev.qsweep.run.TrialRecords;
import dev.qsweep.run.TrialResult;
import dev.qsweep.run.TrialRunner;
import dev.qsweep.util.Csv;
import dev.qsweep.util.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps of environments without a time limit: scored over the infinite horizon, no hidden cap. */
final class UnlimitedSweepTest {
  @TempDir Path dir;

  /**
   * CliffWalking without a limit: 3 episodes leave looping greedy policies, 300 the optimal one.
   */
  private Path cliff(String caps) throws IOException {
    return ExperimentFiles.write(
        dir,
        "Endless",
        "Grid.builder(\"endless\").env(\"CliffWalking-v1\").env(\"FrozenLake-v1\")"
            + ".learner(\"q-learning\").alpha(0.5).gamma(0.95).epsilon(0.2).episodes(3, 300)"
            + ".maxSteps("
            + caps
            + ").curveBins(3).evalEvery(3).replicates(3).seed(4)");
  }

  private static int column(Csv.Table t, Columns.Trial c) {
    return t.column(c.header());
  }

  @Test
  void sweep_withoutTimeLimit_scoresEachTrialOverTheInfiniteHorizon() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("sweep", cliff("0").toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    Csv.Table trials = Csv.read(out.resolve("trials.csv"));
    assertEquals(Columns.trialHeader(true), trials.header());
    int looping = 0;
    for (List<String> row : trials.rows()) {
      // Retrain the trial from its row and score its greedy policy with no step limit at all.
      TrialResult r = TrialRunner.run(TrialRecords.spec(row));
      TabularModel model = r.spec().environment().dynamics();
      int[] policy = Greedy.policy(r.greedyValues(), model.observationCount(), model.actionCount());
      PolicyScore exact = new PolicyEvaluator(model, 0).score(policy);
      PolicyScore capped = new PolicyEvaluator(model, 1000).score(policy);
      String id = row.get(0);
      assertEquals(
          Numbers.format(exact.neverEndsProbability()),
          row.get(column(trials, Columns.Trial.NEVER_ENDS_PROBABILITY)),
          id);
      assertEquals(
          Numbers.format(exact.expectedSteps()),
          row.get(column(trials, Columns.Trial.EXPECTED_STEPS)),
          id);
      assertEquals(
          Numbers.format(exact.expectedReturn()),
          row.get(column(trials, Columns.Trial.EXPECTED_RETURN)),
          id);
      if (exact.neverEndsProbability() > 0) {
        looping++;
        // Under the old 1,000-step cap the same policy had finite, capped figures.
        assertFalse(
            Numbers.format(capped.expectedSteps())
                .equals(row.get(column(trials, Columns.Trial.EXPECTED_STEPS))),
            id);
      }
    }
    assertTrue(looping > 0, "no trial's greedy policy loops: the test shows nothing");

    // Each trial's last exact evaluation is its final greedy policy: the same figures.
    Csv.Table evaluations = Csv.read(out.resolve("evaluations.csv"));
    assertEquals(Columns.evaluationHeader(true), evaluations.header());
    int evaluationNever = evaluations.column("never_ends_probability");
    int looped = 0;
    for (List<String> row : trials.rows()) {
      String id = row.get(0);
      List<String> last = null;
      for (List<String> e : evaluations.rows()) {
        if (e.get(0).equals(id)) {
          last = e;
        }
      }
      assertEquals(row.get(column(trials, Columns.Trial.EPISODES)), last.get(1), id);
      String never = row.get(column(trials, Columns.Trial.NEVER_ENDS_PROBABILITY));
      assertEquals(never, last.get(evaluationNever), id);
      assertEquals(
          row.get(column(trials, Columns.Trial.EXPECTED_STEPS)),
          last.get(evaluations.column("expected_steps")),
          id);
      looped += Numbers.parse(never) > 0 ? 1 : 0;
    }
    assertTrue(looped > 0, "no evaluation of a looping policy: the test shows nothing");

    Csv.Table summary = Csv.read(out.resolve("summary.csv"));
    int never = summary.column("never_ends_probability_mean");
    double previous = -1;
    for (List<String> row : summary.rows()) {
      double p = Numbers.parse(row.get(never));
      assertTrue(p >= previous, "a configuration that ends less often ranks higher: " + row);
      previous = p;
    }
    String report = Files.readString(out.resolve("report.md"));
    assertTrue(report.contains("No time limit: where an environment has none"), report);
    assertTrue(report.contains("| never ends |"), report);
    assertTrue(
        run.out().contains("its episode never ends with probability")
            || Numbers.parse(summary.rows().get(0).get(never)) == 0,
        run.out());

    CliRun reproduced = CliRun.of("reproduce", out.toString(), "c002-r01");
    assertEquals(0, reproduced.exitCode(), reproduced.out() + reproduced.err());
  }

  @Test
  void report_whenNoValueOfAnAxisEverEnds_saysSoInsteadOfComparing() throws IOException {
    // One episode of training leaves greedy policies that loop forever on every configuration,
    // so every value of both axes has a mean that is not a number.
    Path file =
        ExperimentFiles.write(
            dir,
            "Loops",
            "Grid.builder(\"loops\").env(\"CliffWalking-v1\").env(\"FrozenLake-v1\")"
                + ".learner(\"q-learning\", \"sarsa\").alpha(0.1, 0.5).gamma(0.9).epsilon(0.1)"
                + ".episodes(1).maxSteps(0).curveBins(1).replicates(2).seed(1)");
    Path out = dir.resolve("loops");
    CliRun run = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    String report = Files.readString(out.resolve("report.md"));
    assertTrue(report.contains("| n/a |"), report);
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void sweep_withATimeLimit_hasNoNeverEndsColumn() throws IOException {
    Path out = dir.resolve("limited");
    CliRun run = CliRun.of("sweep", cliff("100").toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Columns.trialHeader(false), Csv.read(out.resolve("trials.csv")).header());
    assertEquals(
        Columns.evaluationHeader(false), Csv.read(out.resolve("evaluations.csv")).header());
    String summary = Files.readString(out.resolve("summary.csv"));
    assertFalse(summary.contains("never_ends"), summary.lines().findFirst().orElse(""));
    assertFalse(Files.readString(out.resolve("report.md")).contains("never ends"));
    assertEquals(0, CliRun.of("reproduce", out.toString(), "c001-r00").exitCode());
  }

  @Test
  void merge_ofShardsWithoutTimeLimit_equalsOneRun() throws IOException {
    Path experiment = cliff("0, 100");
    Path whole = dir.resolve("whole");
    assertEquals(
        0,
        CliRun.of("sweep", experiment.toString(), "--out", whole.toString(), "--quiet").exitCode());
    for (int i = 1; i <= 2; i++) {
      CliRun shard =
          CliRun.of(
              "sweep",
              experiment.toString(),
              "--shard",
              i + "/2",
              "--out",
              dir.resolve("s" + i).toString(),
              "--quiet");
      assertEquals(0, shard.exitCode(), shard.err());
    }
    Path merged = dir.resolve("merged");
    CliRun merge =
        CliRun.of(
            "merge", merged.toString(), dir.resolve("s1").toString(), dir.resolve("s2").toString());
    assertEquals(0, merge.exitCode(), merge.err());
    for (String f : List.of("trials.csv", "evaluations.csv", "summary.csv")) {
      assertEquals(Files.readString(whole.resolve(f)), Files.readString(merged.resolve(f)), f);
    }
    assertTrue(Files.readString(whole.resolve("trials.csv")).contains("never_ends_probability"));
    assertTrue(
        Files.readString(whole.resolve("evaluations.csv")).contains("never_ends_probability"));
  }
}
