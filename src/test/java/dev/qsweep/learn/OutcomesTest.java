package dev.qsweep.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.qsweep.env.Environments;
import dev.qsweep.env.OutcomeFlags;
import dev.qsweep.env.TabularModel;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

final class OutcomesTest {
  @Test
  void sample_picksTheModelsCategoricalOutcome_forEveryDraw_boundariesIncluded() {
    String[][] envs = {
      {"FrozenLake-v1", "", ""},
      {"FrozenLake8x8-v1", "success_rate", "0.8"},
      {"CliffWalkingSlippery-v1", "", ""},
      {"Taxi-v3", "is_rainy", "true"},
      {"Taxi-v4", "is_rainy", "true"},
      {"Taxi-v4", "fickle_passenger", "true"},
    };
    Xoshiro256StarStar random = new Xoshiro256StarStar(9);
    for (String[] env : envs) {
      Map<String, String> options = env[1].isEmpty() ? Map.of() : Map.of(env[1], env[2]);
      TabularModel m = Environments.make(env[0], options).dynamics();
      Outcomes outcomes = Outcomes.of(m);
      int rows = m.stateCount() * m.actionCount();
      for (int row = 0; row < rows; row++) {
        int first = m.firstOutcome(row);
        double cumulative = 0;
        for (int k = first; k < m.firstOutcome(row + 1); k++) {
          cumulative += m.probability(k);
          // Exactly on each running sum and on either side of it, where a sampler could slip.
          for (double u :
              new double[] {cumulative, Math.nextDown(cumulative), Math.nextUp(cumulative)}) {
            if (u >= 0 && u < 1) {
              check(m, outcomes, row, u, env[0]);
            }
          }
        }
        check(m, outcomes, row, 0.0, env[0]);
        check(m, outcomes, row, Math.nextDown(1.0), env[0]);
        for (int i = 0; i < 20; i++) {
          check(m, outcomes, row, random.nextDouble(), env[0]);
        }
      }
    }
  }

  private static void check(TabularModel m, Outcomes outcomes, int row, double u, String env) {
    int expected = m.sampleOutcome(row, u) - m.firstOutcome(row);
    int slot = outcomes.sample(row, u) - row * outcomes.width;
    assertEquals(expected, slot, env + " row " + row + " u " + u);
    int k = m.firstOutcome(row) + expected;
    int at = row * outcomes.width + slot;
    assertEquals(m.nextState(k), outcomes.next[at]);
    assertEquals(m.reward(k), outcomes.reward[at]);
    assertEquals(m.isTerminal(k), (outcomes.flags[at] & OutcomeFlags.TERMINAL) != 0);
  }

  @Test
  void packedTable_holdsEveryRowsNextStateFlagsAndReward_forDeterministicModelsSeenWhole() {
    String[][] envs = {
      {"Taxi-v3", "", ""},
      {"CliffWalking-v1", "", ""},
      {"FrozenLake8x8-v1", "is_slippery", "false"},
    };
    for (String[] env : envs) {
      Map<String, String> options = env[1].isEmpty() ? Map.of() : Map.of(env[1], env[2]);
      TabularModel m = Environments.make(env[0], options).dynamics();
      Outcomes outcomes = Outcomes.of(m);
      for (int row = 0; row < m.stateCount() * m.actionCount(); row++) {
        int k = m.firstOutcome(row);
        int word = outcomes.packed[row];
        assertEquals(m.nextState(k), word & Outcomes.STATE_MASK, env[0] + " row " + row);
        assertEquals(m.flags(k), (word >>> Outcomes.FLAG_SHIFT) & 7, env[0] + " row " + row);
        assertEquals(
            Double.doubleToRawLongBits(m.reward(k)),
            Double.doubleToRawLongBits(outcomes.rewards[word >>> Outcomes.REWARD_SHIFT]),
            env[0] + " row " + row);
      }
    }
  }

  @Test
  void packedTable_isAbsent_forStochasticModels_hiddenState_orTooManyRewards() {
    assertNull(Outcomes.of(Environments.make("FrozenLake-v1").dynamics()).packed);
    assertNull(
        Outcomes.of(Environments.make("Taxi-v4", Map.of("is_rainy", "true")).dynamics()).packed);
    assertNull(
        Outcomes.of(Environments.make("Taxi-v4", Map.of("fickle_passenger", "true")).dynamics())
            .packed);
    // 120 rows, 119 distinct rewards: more than the 5 bits of a packed word can index.
    assertNull(Outcomes.of(LearnersTest.manyRewards()).packed);
    // 32 distinct rewards fit; 33 do not.
    assertEquals(32, Outcomes.of(rewards(32)).rewards.length);
    assertNull(Outcomes.of(rewards(33)).packed);
  }

  /** A one-step model whose rows have {@code distinct} different rewards (0, 1, ...), -0.0 too. */
  private static TabularModel rewards(int distinct) {
    TabularModel.Builder b = TabularModel.builder(distinct, 1);
    for (int s = 0; s < distinct; s++) {
      b.outcome(s, 0, 1, s, s == 1 ? -0.0 : s, true, false, false);
    }
    return b.initial(0, 1).maxEpisodeSteps(10).build();
  }

  @Test
  void deterministicModel_hasOneSlotPerRow_andDrawsNothing() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    Outcomes outcomes = Outcomes.of(m);
    assertEquals(1, outcomes.width);
    Xoshiro256StarStar dynamics = new Xoshiro256StarStar(3);
    assertEquals(1234, outcomes.outcome(1234, dynamics));
    assertEquals(new Xoshiro256StarStar(3).nextLong(), dynamics.nextLong());
  }

  @Test
  void tables_areCopiedOncePerModel_andSharedByItsLearners() {
    TabularModel taxi = Environments.make("Taxi-v3").dynamics();
    assertSame(Outcomes.of(taxi), Outcomes.of(taxi));
    TabularLearner a = Algorithm.Q_LEARNING.create(taxi, 0, new Xoshiro256StarStar(1), null);
    TabularLearner b = Algorithm.SARSA.create(taxi, 0, new Xoshiro256StarStar(2), null);
    assertSame(a.outcomes, b.outcomes);
    // Another model, even one equal to it, has its own copy: the key is the model's identity.
    TabularModel again = Environments.make("Taxi-v3").dynamics();
    assertNotSame(Outcomes.of(taxi), Outcomes.of(again));
    assertEquals(Outcomes.of(taxi).packed.length, Outcomes.of(again).packed.length);
  }

  @Test
  void threadsAskingAtOnce_getOneCopy() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 20; round++) {
        TabularModel taxi = Environments.make("Taxi-v4", Map.of("is_rainy", "true")).dynamics();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Outcomes>> asked = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          asked.add(
              pool.submit(
                  () -> {
                    start.await();
                    return Outcomes.of(taxi);
                  }));
        }
        for (Future<Outcomes> f : asked) {
          assertSame(asked.get(0).get(), f.get(), "round " + round);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aModelNoLongerUsed_isNotKeptAliveByItsCopy() throws Exception {
    WeakReference<TabularModel> model = modelWithACopy();
    for (int i = 0; i < 50 && model.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(model.get(), "the copy (or the map holding it) keeps its model reachable");
  }

  private static WeakReference<TabularModel> modelWithACopy() {
    TabularModel m = Environments.make("CliffWalking-v1").dynamics();
    assertEquals(1, Outcomes.of(m).width);
    return new WeakReference<>(m);
  }
}
