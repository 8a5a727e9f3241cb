package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.learn.Xoshiro256StarStar;
import dev.qsweep.schedule.Schedule;
import dev.qsweep.util.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class LaneRunnerTest {
  @Test
  void eightLanes_withOneStreamEach_reproduceTheCYardsticksLanes_bitForBit() {
    // ../shared/bench/taxi_q.c built with gcc -O2, run as `taxi_q 20000 7 --cap 200 --lanes 8`,
    // printed these lines (seed, steps, q_checksum):
    long[] steps = {413622, 415009, 414219, 414155, 415342, 414798, 414035, 414362};
    // The C program's text, as qsweep bench prints it too.
    String[] checksums = {
      "-8722.8589736172707",
      "-8821.2595490281019",
      "-8778.3123004873796",
      "-8767.4098243590943",
      "-8737.6722401289317",
      "-8796.4258365619571",
      "-8750.8370815598082",
      "-8764.0983818776931"
    };
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    List<TrialSpec> specs = new ArrayList<>();
    Xoshiro256StarStar[] streams = new Xoshiro256StarStar[8];
    for (int k = 0; k < 8; k++) {
      specs.add(TrialSpec.tutorial(7 + k, 20_000));
      streams[k] = new Xoshiro256StarStar(7 + k);
    }
    List<TrialResult> results =
        LaneRunner.train(specs, m, OptimalControl.optimalReturn(m), streams, streams, streams);
    for (int k = 0; k < 8; k++) {
      assertEquals(steps[k], results.get(k).totals().steps(), "seed " + (7 + k));
      double checksum = 0;
      for (double v : results.get(k).greedyValues()) {
        checksum += v;
      }
      assertEquals(checksums[k], Numbers.formatLikeC17g(checksum), "seed " + (7 + k));
    }
  }

  static TrialSpec spec(
      String env, Map<String, String> options, Algorithm algorithm, int replicate) {
    // Each lane its own schedules, start, episodes and evaluation period: lanes end at
    // different times and evaluate in the middle of the others' episodes.
    return new TrialSpec(
        env,
        options,
        algorithm,
        replicate % 2 == 0 ? Schedule.constant(0.2) : Schedule.exponential(0.9, 0.999, 0.05),
        Schedule.constant(0.95),
        replicate % 3 == 0 ? Schedule.linear(1.0, 0.05, 300) : Schedule.constant(0.1),
        replicate * 0.5,
        400 + 37 * replicate,
        replicate % 2 == 0 ? 100 : 0,
        replicate % 2 == 0 ? 10 : 64,
        11,
        replicate);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void eachLanesResult_isTheTrialRunAlone(Algorithm algorithm) {
    List<Map.Entry<String, Map<String, String>>> envs =
        List.of(
            Map.entry("Taxi-v3", Map.of()),
            Map.entry("FrozenLake-v1", Map.of()),
            Map.entry("Taxi-v4", Map.of("is_rainy", "true", "fickle_passenger", "true")));
    for (Map.Entry<String, Map<String, String>> env : envs) {
      TabularModel m = Environments.make(env.getKey(), env.getValue()).dynamics();
      double optimal = OptimalControl.optimalReturn(m);
      for (int count : new int[] {2, 4, 8}) {
        List<TrialSpec> specs = new ArrayList<>();
        for (int r = 0; r < count; r++) {
          specs.add(spec(env.getKey(), env.getValue(), algorithm, r));
        }
        List<TrialResult> lanes = LaneRunner.run(specs, m, optimal);
        for (int r = 0; r < count; r++) {
          TrialResult alone = TrialRunner.run(specs.get(r), m, optimal);
          assertSame(alone, lanes.get(r), env.getKey() + " " + count + " lanes, lane " + r);
        }
      }
    }
  }

  static void assertSame(TrialResult expected, TrialResult actual, String where) {
    assertEquals(expected.totals(), actual.totals(), where);
    assertEquals(expected.score(), actual.score(), where);
    assertEquals(expected.evaluations(), actual.evaluations(), where);
    assertEquals(expected.firstOptimalEpisode(), actual.firstOptimalEpisode(), where);
    assertArrayEquals(expected.greedyValues(), actual.greedyValues(), 0.0, where);
    LearningCurve a = expected.curve();
    LearningCurve b = actual.curve();
    for (int bin = 0; bin < a.binCount(); bin++) {
      assertEquals(a.episodes(bin), b.episodes(bin), where);
      assertEquals(a.meanReturn(bin), b.meanReturn(bin), 0.0, where);
      assertEquals(a.meanSteps(bin), b.meanSteps(bin), 0.0, where);
      assertEquals(a.meanPenalties(bin), b.meanPenalties(bin), 0.0, where);
      assertEquals(a.successRate(bin), b.successRate(bin), 0.0, where);
    }
  }

  @Test
  void aGroup_ofDifferentLearnersOrEnvironments_isRefused() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    TrialSpec q = TrialSpec.tutorial(1, 10);
    TrialSpec sarsa = spec("Taxi-v3", Map.of(), Algorithm.SARSA, 0);
    TrialSpec lake = spec("FrozenLake-v1", Map.of(), Algorithm.Q_LEARNING, 0);
    TrialSpec rainy = spec("Taxi-v3", Map.of("is_rainy", "true"), Algorithm.Q_LEARNING, 0);
    for (TrialSpec other : List.of(sarsa, lake, rainy)) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> LaneRunner.run(List.of(q, other), m, 0));
      assertEquals("the trials of a lane group must share environment and learner", e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> LaneRunner.run(List.of(), m, 0));
  }
}
