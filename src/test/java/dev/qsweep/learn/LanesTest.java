package dev.qsweep.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class LanesTest {
  // Deterministic (Taxi-v3, dry lake, CliffWalking) and stochastic (slippery lake, rainy and
  // fickle Taxi-v4: hidden state too) models.
  private static final Map<String, Map<String, String>> ENVS =
      Map.of(
          "Taxi-v3", Map.of(),
          "FrozenLake-v1", Map.of(),
          "FrozenLake8x8-v1", Map.of("is_slippery", "false"),
          "CliffWalking-v1", Map.of(),
          "Taxi-v4", Map.of("is_rainy", "true", "fickle_passenger", "true"));

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void everyLane_isBitForBitTheSlowReferenceAlone(Algorithm algorithm) {
    for (Map.Entry<String, Map<String, String>> env : ENVS.entrySet()) {
      TabularModel m = Environments.make(env.getKey(), env.getValue()).dynamics();
      for (int lanes : new int[] {2, 4, 8}) {
        check(algorithm, m, lanes, env.getKey());
      }
    }
  }

  /**
   * Runs {@code count} lanes, each with its own seed, initial Q, hyperparameters per episode and
   * number of episodes (so lanes retire at different times), against one reference per lane.
   */
  private static void check(Algorithm algorithm, TabularModel m, int count, String name) {
    double[] initialQ = new double[count];
    Xoshiro256StarStar[] explore = new Xoshiro256StarStar[count];
    Xoshiro256StarStar[] dynamics = new Xoshiro256StarStar[count];
    ReferenceLearner[] slow = new ReferenceLearner[count];
    Xoshiro256StarStar[] slowExplore = new Xoshiro256StarStar[count];
    Xoshiro256StarStar[] slowDynamics = new Xoshiro256StarStar[count];
    Xoshiro256StarStar[] starts = new Xoshiro256StarStar[count];
    int[] episodesLeft = new int[count];
    int[] episode = new int[count];
    for (int k = 0; k < count; k++) {
      initialQ[k] = 0.25 * k;
      explore[k] = new Xoshiro256StarStar(100 + k);
      dynamics[k] = new Xoshiro256StarStar(~(100L + k));
      slowExplore[k] = new Xoshiro256StarStar(100 + k);
      slowDynamics[k] = new Xoshiro256StarStar(~(100L + k));
      slow[k] = new ReferenceLearner(algorithm, m, initialQ[k], slowExplore[k], slowDynamics[k]);
      starts[k] = new Xoshiro256StarStar(7 * k + 1);
      episodesLeft[k] = 40 + 13 * k;
    }
    Lanes lanes = Lanes.of(algorithm, m, initialQ, explore, dynamics);
    int[] start = new int[count];
    for (int k = 0; k < count; k++) {
      start[k] = begin(lanes, m, k, episode[k], starts[k]);
    }
    while (lanes.activeCount() > 0) {
      int k = lanes.next();
      TabularLearner fast = lanes.learner(k);
      String where = name + " " + count + " lanes, lane " + k + " episode " + episode[k];
      int slowSteps =
          slow[k].episode(start[k], alpha(k, episode[k]), 0.9, epsilon(k, episode[k]), cap(m));
      assertEquals(slowSteps, fast.episodeSteps(), where);
      episode[k]++;
      if (--episodesLeft[k] > 0) {
        start[k] = begin(lanes, m, k, episode[k], starts[k]);
      } else {
        lanes.retire(k);
      }
    }
    for (int k = 0; k < count; k++) {
      String where = name + " " + count + " lanes, lane " + k;
      assertEquals(40 + 13 * k, episode[k], where);
      assertArrayEquals(slow[k].table(), lanes.learner(k).qTable(), 0.0, where);
      // Both consumed exactly the same draws.
      assertEquals(slowExplore[k].nextLong(), explore[k].nextLong(), where);
      assertEquals(slowDynamics[k].nextLong(), dynamics[k].nextLong(), where);
    }
  }

  private static int begin(Lanes lanes, TabularModel m, int k, int e, Xoshiro256StarStar starts) {
    int start = m.sampleInitialState(starts.nextDouble());
    lanes.begin(k, start, alpha(k, e), 0.9, epsilon(k, e), cap(m));
    return start;
  }

  private static double alpha(int lane, int episode) {
    return 0.5 / (1 + 0.01 * (episode + lane));
  }

  private static double epsilon(int lane, int episode) {
    return Math.max(0.05, 1 - episode / (50.0 + lane));
  }

  private static int cap(TabularModel m) {
    return m.maxEpisodeSteps();
  }

  @Test
  void of_rejectsLaneCountsOutOfRange_andStreamsThatDoNotMatch() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    Xoshiro256StarStar[] one = {new Xoshiro256StarStar(1)};
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Lanes.of(
                    Algorithm.SARSA,
                    m,
                    new double[0],
                    new Xoshiro256StarStar[0],
                    new Xoshiro256StarStar[0]));
    assertEquals("lanes must be in 1..16, got 0", none.getMessage());
    Xoshiro256StarStar[] many = new Xoshiro256StarStar[17];
    IllegalArgumentException tooMany =
        assertThrows(
            IllegalArgumentException.class,
            () -> Lanes.of(Algorithm.SARSA, m, new double[17], many, many));
    assertEquals("lanes must be in 1..16, got 17", tooMany.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Lanes.of(Algorithm.SARSA, m, new double[2], one, one));
    assertThrows(
        IllegalArgumentException.class,
        () -> Lanes.of(Algorithm.SARSA, m, new double[] {Double.NaN}, one, one));
  }

  @Test
  void next_runsTheActiveLanesInTurn_eachThroughItsWholePlan() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    Xoshiro256StarStar[] streams = new Xoshiro256StarStar[3];
    EpisodePlan[] plans = new EpisodePlan[3];
    for (int k = 0; k < 3; k++) {
      streams[k] = new Xoshiro256StarStar(k + 1);
      plans[k] = new EpisodePlan(new StartStates(m, new Xoshiro256StarStar(k + 11)));
    }
    Lanes lanes = Lanes.of(Algorithm.SARSA, m, new double[3], streams, streams);
    for (int k = 0; k < 3; k++) {
      lanes.begin(k, 0, 0.1, 0.6, 0.1, 200, plans[k], 4 + k);
    }
    StringBuilder order = new StringBuilder();
    for (int turn = 0; turn < 7; turn++) {
      int k = lanes.next();
      order.append(k);
      assertEquals(5 + k, plans[k].logged(), "lane " + k + " ran its whole plan in one turn");
      plans[k].clear();
      if (k == 1) {
        lanes.retire(1);
      } else {
        lanes.begin(k, 0, 0.1, 0.6, 0.1, 200, plans[k], 4 + k);
      }
    }
    // Lane 2 takes lane 1's place when it retires, and the turn goes on from there.
    assertEquals("0120202", order.toString());
  }

  @Test
  void retire_twice_orNextWithEveryLaneRetired_isASequencingError() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    Xoshiro256StarStar[] two = {new Xoshiro256StarStar(1), new Xoshiro256StarStar(2)};
    Lanes lanes = Lanes.of(Algorithm.Q_LEARNING, m, new double[2], two, two);
    lanes.retire(1);
    assertThrows(IllegalStateException.class, () -> lanes.retire(1));
    lanes.retire(0);
    assertEquals(0, lanes.activeCount());
    assertThrows(IllegalStateException.class, lanes::next);
  }
}
