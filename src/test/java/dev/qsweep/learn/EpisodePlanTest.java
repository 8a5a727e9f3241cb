package dev.qsweep.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class EpisodePlanTest {
  // Deterministic and stochastic models, with and without a time limit that truncates.
  private static final Map<String, Map<String, String>> ENVS =
      Map.of(
          "Taxi-v3", Map.of("max_episode_steps", "30"),
          "FrozenLake-v1", Map.of(),
          "CliffWalking-v1", Map.of("max_episode_steps", "40"),
          "Taxi-v4", Map.of("is_rainy", "true", "fickle_passenger", "true"));

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void lanesOnPlans_runEveryEpisodeBitForBitAsTheSlowReference(Algorithm algorithm) {
    for (Map.Entry<String, Map<String, String>> env : ENVS.entrySet()) {
      TabularModel m = Environments.make(env.getKey(), env.getValue()).dynamics();
      for (int lanes : new int[] {1, 2, 4}) {
        for (boolean counting : new boolean[] {false, true}) {
          check(algorithm, m, lanes, counting, env.getKey() + " " + lanes + " lanes");
        }
      }
    }
  }

  /**
   * Lanes that each run plans of varying length (0 to 9 more episodes, hyperparameters changing
   * from plan to plan), against one reference per lane fed the same starts in the same order.
   */
  private static void check(
      Algorithm algorithm, TabularModel m, int count, boolean counting, String name) {
    double[] initialQ = new double[count];
    Xoshiro256StarStar[] explore = new Xoshiro256StarStar[count];
    Xoshiro256StarStar[] dynamics = new Xoshiro256StarStar[count];
    ReferenceLearner[] slow = new ReferenceLearner[count];
    Xoshiro256StarStar[] slowExplore = new Xoshiro256StarStar[count];
    Xoshiro256StarStar[] slowDynamics = new Xoshiro256StarStar[count];
    StartStates[] slowStarts = new StartStates[count];
    EpisodePlan[] plans = new EpisodePlan[count];
    StartStates[] starts = new StartStates[count];
    int[] plansLeft = new int[count];
    int[] planned = new int[count];
    double[] alpha = new double[count];
    double[] epsilon = new double[count];
    for (int k = 0; k < count; k++) {
      initialQ[k] = 0.5 * k;
      explore[k] = new Xoshiro256StarStar(300 + k);
      dynamics[k] = new Xoshiro256StarStar(~(300L + k));
      slowExplore[k] = new Xoshiro256StarStar(300 + k);
      slowDynamics[k] = new Xoshiro256StarStar(~(300L + k));
      slow[k] = new ReferenceLearner(algorithm, m, initialQ[k], slowExplore[k], slowDynamics[k]);
      starts[k] = new StartStates(m, new Xoshiro256StarStar(11 * k + 5));
      slowStarts[k] = new StartStates(m, new Xoshiro256StarStar(11 * k + 5));
      plans[k] = new EpisodePlan(starts[k]);
      plansLeft[k] = 6 + 3 * k;
    }
    Lanes lanes = Lanes.of(algorithm, m, initialQ, explore, dynamics);
    long[] visits = new long[m.observationCount()];
    for (int k = 0; k < count; k++) {
      planned[k] = plan(lanes, m, plans[k], starts[k], k, plansLeft[k], alpha, epsilon);
    }
    while (lanes.activeCount() > 0) {
      int k = counting ? lanes.nextCounting(visits) : lanes.next();
      String where = name + ", lane " + k + ", plans left " + plansLeft[k];
      assertEquals(planned[k] + 1, plans[k].logged(), where);
      for (int j = 0; j < plans[k].logged(); j++) {
        long penaltiesBefore = slow[k].penalties;
        int steps =
            slow[k].episode(slowStarts[k].next(), alpha[k], 0.9, epsilon[k], m.maxEpisodeSteps());
        assertEquals(steps, plans[k].steps(j), where + ", episode " + j);
        assertEquals(slow[k].episodeReturn, plans[k].episodeReturn(j), where + ", episode " + j);
        assertEquals(slow[k].terminated ? 1 : 0, plans[k].terminated(j), where + ", episode " + j);
        assertEquals(slow[k].succeeded ? 1 : 0, plans[k].succeeded(j), where + ", episode " + j);
        assertEquals(
            slow[k].penalties - penaltiesBefore, plans[k].penalties(j), where + ", episode " + j);
      }
      assertEquals(plans[k].steps(plans[k].logged() - 1), lanes.learner(k).episodeSteps(), where);
      plans[k].clear();
      if (--plansLeft[k] > 0) {
        planned[k] = plan(lanes, m, plans[k], starts[k], k, plansLeft[k], alpha, epsilon);
      } else {
        lanes.retire(k);
      }
    }
    for (int k = 0; k < count; k++) {
      String where = name + ", lane " + k;
      assertArrayEquals(slow[k].table(), lanes.learner(k).qTable(), 0.0, where);
      assertEquals(slowExplore[k].nextLong(), explore[k].nextLong(), where);
      assertEquals(slowDynamics[k].nextLong(), dynamics[k].nextLong(), where);
    }
  }

  /**
   * Begins a plan of {@code plansLeft % 10} more episodes in lane {@code k}; returns that count.
   */
  private static int plan(
      Lanes lanes,
      TabularModel m,
      EpisodePlan plan,
      StartStates starts,
      int k,
      int plansLeft,
      double[] alpha,
      double[] epsilon) {
    alpha[k] = 0.5 / (1 + 0.1 * plansLeft);
    epsilon[k] = Math.max(0.05, 1 - plansLeft / 20.0);
    int more = (plansLeft * 7 + k) % 10;
    lanes.begin(k, starts.next(), alpha[k], 0.9, epsilon[k], m.maxEpisodeSteps(), plan, more);
    return more;
  }

  @org.junit.jupiter.api.Test
  void begin_refusesAPlanOutOfRange_orOneWhoseEpisodesWereNotTaken() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    Xoshiro256StarStar[] one = {new Xoshiro256StarStar(1)};
    Lanes lanes = Lanes.of(Algorithm.Q_LEARNING, m, new double[1], one, one);
    EpisodePlan plan = new EpisodePlan(new StartStates(m, new Xoshiro256StarStar(2)));
    assertEquals(
        "a plan runs 0 to 255 more episodes, got 256",
        assertThrows(
                IllegalArgumentException.class,
                () -> lanes.begin(0, 0, 0.1, 0.6, 0.1, 200, plan, EpisodePlan.CAPACITY))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> lanes.begin(0, 0, 0.1, 0.6, 0.1, 200, null, 1));
    lanes.begin(0, 0, 0.1, 0.6, 0.1, 200, plan, 2);
    lanes.next();
    assertEquals(3, plan.logged());
    assertEquals(
        "the plan's logged episodes have not been taken",
        assertThrows(
                IllegalArgumentException.class,
                () -> lanes.begin(0, 0, 0.1, 0.6, 0.1, 200, plan, 0))
            .getMessage());
  }
}
