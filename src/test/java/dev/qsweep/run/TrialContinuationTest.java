package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Schedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A trial stopped at a budget and continued is the trial trained straight through, bit for bit. */
final class TrialContinuationTest {
  private static final int FULL = 600;

  static Stream<Arguments> learnersAndEnvironments() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (Algorithm a : Algorithm.values()) {
      cases.add(Arguments.of(a, "Taxi-v3", Map.of()));
      // Slippery: the dynamics stream must carry over too.
      cases.add(Arguments.of(a, "FrozenLake-v1", Map.of("is_slippery", "true")));
    }
    return cases.build();
  }

  private static TrialSpec spec(Algorithm algorithm, String env, Map<String, String> options) {
    return spec(algorithm, env, options, FULL, 3);
  }

  private static TrialSpec spec(
      Algorithm algorithm, String env, Map<String, String> options, int episodes, int replicate) {
    return new TrialSpec(
        env,
        options,
        algorithm,
        Schedule.exponential(0.5, 0.995, 0.05), // schedules read by absolute episode
        Schedule.constant(0.95),
        Schedule.linear(1.0, 0.05, 400),
        0.5,
        episodes,
        50,
        20,
        2018,
        replicate);
  }

  @ParameterizedTest
  @MethodSource("learnersAndEnvironments")
  void trainToR_thenContinueToFull_equalsTrainingToFull(
      Algorithm algorithm, String env, Map<String, String> options) {
    TrialSpec spec = spec(algorithm, env, options);
    TabularModel model = spec.environment().dynamics();
    double optimal = OptimalControl.optimalReturn(model);
    TrialResult straight = TrialRunner.run(spec, model, optimal);

    TrialRunner.Training training = TrialRunner.start(spec, model, optimal);
    TrialResult atRung = training.trainTo(66);
    training.trainTo(66); // asking again for the budget reached trains nothing
    training.trainTo(200);
    TrialResult continued = training.trainTo(FULL);

    assertSame(straight, continued);
    assertEquals(spec, continued.spec());
    // Stopped at 66, the trial is the one trained for 66 episodes (its curve binned over 600).
    TrialResult short66 = TrialRunner.run(spec(algorithm, env, options, 66, 3), model, optimal);
    assertArrayEquals(short66.greedyValues(), atRung.greedyValues());
    assertEquals(short66.totals(), atRung.totals());
    assertEquals(short66.score(), atRung.score());
    assertEquals(short66.evaluations(), atRung.evaluations());
    assertEquals(66, atRung.totals().episodes());
    assertEquals(FULL, atRung.spec().episodes()); // the full budget, which the curve is binned over
    // The stopped result is a snapshot: continuing did not change its curve.
    long binned = 0;
    for (int b = 0; b < atRung.curve().binCount(); b++) {
      binned += atRung.curve().episodes(b);
    }
    assertEquals(66, binned);
  }

  @ParameterizedTest
  @MethodSource("learnersAndEnvironments")
  void pausedInOneLaneGroup_continuedInOthers_equalsEachTrainedAlone(
      Algorithm algorithm, String env, Map<String, String> options) {
    List<TrialSpec> specs = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      specs.add(spec(algorithm, env, options, FULL, r));
    }
    TabularModel model = specs.get(0).environment().dynamics();
    double optimal = OptimalControl.optimalReturn(model);
    List<TrialTraining> all = LaneRunner.start(specs, model, optimal);
    LaneRunner.advance(all, new int[] {66, 66, 120, 66}, null);
    // Regrouped: lanes 3 and 0 together (another order), 1 and 2 alone, to other budgets.
    List<TrialResult> pair =
        LaneRunner.advance(List.of(all.get(3), all.get(0)), new int[] {FULL, FULL}, null);
    LaneRunner.advance(List.of(all.get(1)), new int[] {200}, null);
    TrialResult one = LaneRunner.advance(List.of(all.get(1)), new int[] {FULL}, null).get(0);
    TrialResult two = LaneRunner.advance(List.of(all.get(2)), new int[] {FULL}, null).get(0);
    assertSame(TrialRunner.run(specs.get(3), model, optimal), pair.get(0));
    assertSame(TrialRunner.run(specs.get(0), model, optimal), pair.get(1));
    assertSame(TrialRunner.run(specs.get(1), model, optimal), one);
    assertSame(TrialRunner.run(specs.get(2), model, optimal), two);
  }

  @ParameterizedTest
  @MethodSource("learnersAndEnvironments")
  void budgetOutOfRange_refused(Algorithm algorithm, String env, Map<String, String> options) {
    TrialSpec spec = spec(algorithm, env, options);
    TabularModel model = spec.environment().dynamics();
    TrialRunner.Training training = TrialRunner.start(spec, model, 0);
    training.trainTo(100);
    for (int budget : new int[] {99, 0, -1, FULL + 1}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> training.trainTo(budget));
      assertTrue(
          e.getMessage().startsWith("budget " + budget + " is out of range"), e.getMessage());
    }
    assertEquals(100, training.episodesTrained());
  }

  private static void assertSame(TrialResult expected, TrialResult actual) {
    assertArrayEquals(expected.greedyValues(), actual.greedyValues());
    assertEquals(expected.totals(), actual.totals());
    assertEquals(expected.score(), actual.score());
    assertEquals(expected.evaluations(), actual.evaluations());
    assertEquals(expected.firstOptimalEpisode(), actual.firstOptimalEpisode());
    assertEquals(expected.optimalReturn(), actual.optimalReturn());
    LearningCurve a = expected.curve();
    LearningCurve b = actual.curve();
    assertEquals(a.binCount(), b.binCount());
    for (int i = 0; i < a.binCount(); i++) {
      assertEquals(a.episodes(i), b.episodes(i));
      assertEquals(a.meanReturn(i), b.meanReturn(i));
      assertEquals(a.meanSteps(i), b.meanSteps(i));
      assertEquals(a.meanPenalties(i), b.meanPenalties(i));
      assertEquals(a.successRate(i), b.successRate(i));
    }
  }
}
