package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.learn.Xoshiro256StarStar;
import dev.qsweep.schedule.Schedule;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TrialRunnerTest {
  static TrialSpec tutorial(long seed, int episodes) {
    return TrialSpec.tutorial(seed, episodes);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void tutorialSettings_learnTheOptimalPolicyFromAll300Starts(long seed) {
    TrialResult r = TrialRunner.run(tutorial(seed, 100_000));
    assertEquals(13.07, r.score().expectedSteps(), 1e-12);
    assertEquals(7.93, r.score().expectedReturn(), 1e-12);
    assertEquals(0.0, r.score().expectedPenalties());
    assertEquals(1.0, r.score().successProbability());
    assertEquals(7.93, r.optimalReturn(), 1e-12);
    assertEquals(0.0, r.optimalityGap(), 1e-12);
    assertEquals(100_000, r.totals().episodes());
  }

  @Test
  void singleSharedStream_reproducesTheCYardstick_bitForBit() {
    // shared/bench/taxi_q.c 100000 1 --cap 200 (alpha 0.1, gamma 0.6, epsilon 0.1) printed:
    //   total_steps 1590404, train_penalties 48955, truncated 241,
    //   q_checksum -10148.503391668039.
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    Xoshiro256StarStar[] stream = {new Xoshiro256StarStar(1)};
    TrialResult r =
        LaneRunner.train(
                List.of(tutorial(1, 100_000)),
                m,
                OptimalControl.optimalReturn(m),
                stream,
                stream,
                stream)
            .get(0);
    assertEquals(1_590_404, r.totals().steps());
    assertEquals(48_955, r.totals().penalties());
    assertEquals(241, r.totals().truncated());
    double checksum = 0;
    for (double v : r.greedyValues()) {
      checksum += v;
    }
    assertEquals(-10148.503391668039, checksum, 0.0);
  }

  @Test
  void cliffWalking_sarsaLearnsTheSafePath_qLearningTheOptimalOne() {
    // Sutton and Barto, example 6.6: epsilon 0.1, alpha 0.5, undiscounted.
    for (long seed = 1; seed <= 3; seed++) {
      TrialResult q = TrialRunner.run(cliff(Algorithm.Q_LEARNING, seed));
      TrialResult sarsa = TrialRunner.run(cliff(Algorithm.SARSA, seed));
      assertEquals(
          -13.0, q.score().expectedReturn(), "Q-learning walks the cliff edge, seed " + seed);
      assertEquals(1.0, sarsa.score().successProbability());
      assertTrue(
          sarsa.score().expectedReturn() <= -15.0,
          "SARSA keeps away from the edge, seed " + seed + ": " + sarsa.score());
      // Online, SARSA's episodes are better: Q-learning falls off more while it explores.
      assertTrue(
          sarsa.totals().totalReturn() > q.totals().totalReturn(), "online return, seed " + seed);
    }
  }

  private static TrialSpec cliff(Algorithm algorithm, long seed) {
    return new TrialSpec(
        "CliffWalking-v1",
        Map.of(),
        algorithm,
        Schedule.constant(0.5),
        Schedule.constant(1.0),
        Schedule.constant(0.1),
        0,
        2000,
        0,
        20,
        seed,
        0);
  }

  @Test
  void sameSpec_twice_andOnTwoThreadsAtOnce_givesIdenticalResults() throws Exception {
    TrialSpec spec =
        new TrialSpec(
            "FrozenLake-v1",
            Map.of(),
            Algorithm.EXPECTED_SARSA,
            Schedule.exponential(0.5, 0.999, 0.01),
            Schedule.constant(0.99),
            Schedule.linear(1, 0.05, 2000),
            0.1,
            5000,
            500,
            50,
            42,
            3);
    TrialResult first = TrialRunner.run(spec);
    TrialResult second = TrialRunner.run(spec);
    assertSame(first, second);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<TrialResult> a = pool.submit(() -> TrialRunner.run(spec));
      Future<TrialResult> b = pool.submit(() -> TrialRunner.run(spec));
      assertSame(first, a.get());
      assertSame(first, b.get());
    } finally {
      pool.shutdown();
    }
  }

  static void assertSame(TrialResult x, TrialResult y) {
    assertEquals(x.totals(), y.totals());
    assertEquals(x.score(), y.score());
    assertEquals(x.evaluations(), y.evaluations());
    assertEquals(x.firstOptimalEpisode(), y.firstOptimalEpisode());
    assertArrayEquals(x.greedyValues(), y.greedyValues(), 0.0);
    for (int b = 0; b < x.curve().binCount(); b++) {
      assertEquals(x.curve().meanReturn(b), y.curve().meanReturn(b), 0.0);
      assertEquals(x.curve().meanSteps(b), y.curve().meanSteps(b), 0.0);
    }
  }

  @Test
  void replicates_differ_butShareStartStatesAcrossConfigurations() {
    TrialSpec a = tutorial(9, 2000);
    TrialResult r0 = TrialRunner.run(a);
    // The tutorial's trial, replicate 1.
    TrialResult r1 =
        TrialRunner.run(
            new TrialSpec(
                "Taxi-v3",
                Map.of(),
                Algorithm.Q_LEARNING,
                Schedule.constant(0.1),
                Schedule.constant(0.6),
                Schedule.constant(0.1),
                0,
                2000,
                0,
                TrialSpec.DEFAULT_CURVE_BINS,
                9,
                1));
    assertTrue(r0.totals().steps() != r1.totals().steps());
    // Common random numbers: another alpha, same replicate, same start-state stream.
    assertEquals(
        a.seed(dev.qsweep.experiment.Seeds.Stream.STARTS),
        new TrialSpec(
                "Taxi-v3",
                Map.of(),
                Algorithm.SARSA,
                Schedule.constant(0.5),
                Schedule.constant(0.9),
                Schedule.constant(0.2),
                0,
                10,
                0,
                1,
                9,
                0)
            .seed(dev.qsweep.experiment.Seeds.Stream.STARTS));
  }

  @Test
  void evaluations_giveANoiseFreeCurve_andTheFirstOptimalEpisode() {
    TrialSpec spec =
        new TrialSpec(
            "Taxi-v3",
            Map.of(),
            Algorithm.Q_LEARNING,
            Schedule.constant(0.1),
            Schedule.constant(0.6),
            Schedule.constant(0.1),
            0,
            100_000,
            5000,
            10,
            1,
            0);
    TrialResult r = TrialRunner.run(spec);
    assertEquals(20, r.evaluations().size());
    assertEquals(5000, r.evaluations().get(0).episodes());
    assertTrue(
        r.firstOptimalEpisode() > 0 && r.firstOptimalEpisode() % 5000 == 0,
        "" + r.firstOptimalEpisode());
    EvaluationPoint at = r.evaluations().get(r.firstOptimalEpisode() / 5000 - 1);
    assertEquals(0.0, at.optimalityGap(), TrialResult.OPTIMAL_TOLERANCE);
    // Every earlier evaluation was not yet optimal.
    for (EvaluationPoint p : r.evaluations()) {
      if (p.episodes() < r.firstOptimalEpisode()) {
        assertTrue(p.optimalityGap() > TrialResult.OPTIMAL_TOLERANCE);
      }
    }
  }

  @Test
  void learningCurve_foldsEpisodesIntoBins_withoutGrowing() {
    TrialResult r = TrialRunner.run(tutorial(3, 1000));
    LearningCurve c = r.curve();
    assertEquals(100, c.binCount());
    long episodes = 0;
    for (int b = 0; b < c.binCount(); b++) {
      assertEquals(10, c.episodes(b));
      assertEquals(b * 10, c.firstEpisode(b));
      episodes += c.episodes(b);
    }
    assertEquals(1000, episodes);
    // The agent improves: the last bin's episodes are far shorter than the first's.
    assertTrue(c.meanSteps(99) < c.meanSteps(0) / 3, c.meanSteps(0) + " -> " + c.meanSteps(99));
  }

  @Test
  void learningCurve_moreBinsThanEpisodes_leavesEmptyBins() {
    LearningCurve c = new LearningCurve(3, 5);
    for (int e = 0; e < 3; e++) {
      c.add(e, 1, 2, 0, 1);
    }
    long total = 0;
    for (int b = 0; b < 5; b++) {
      total += c.episodes(b);
    }
    assertEquals(3, total);
    // Episodes 0, 1, 2 land in bins 0, 1, 3 (floor(e * 5 / 3)); bins 2 and 4 stay empty.
    assertEquals(1, c.episodes(3));
    assertEquals(0, c.episodes(2));
    assertEquals(c.firstEpisode(2), c.endEpisode(2));
    assertTrue(Double.isNaN(c.meanReturn(4)));
  }
}
