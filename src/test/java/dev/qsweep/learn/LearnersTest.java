package dev.qsweep.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.ValueIteration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class LearnersTest {
  private static final Map<String, Map<String, String>> ENVS =
      Map.of(
          "Taxi-v3", Map.of(),
          "FrozenLake-v1", Map.of(),
          "CliffWalkingSlippery-v1", Map.of(),
          "Taxi-v4", Map.of("is_rainy", "true", "fickle_passenger", "true"));

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void everyLearner_matchesTheSlowReference_bitForBit(Algorithm algorithm) {
    Map<String, TabularModel> models = new TreeMap<>();
    for (Map.Entry<String, Map<String, String>> env : ENVS.entrySet()) {
      models.put(env.getKey(), Environments.make(env.getKey(), env.getValue()).dynamics());
    }
    // Deterministic but with too many distinct rewards for the packed outcome table.
    models.put("many rewards", manyRewards());
    for (Map.Entry<String, TabularModel> env : models.entrySet()) {
      TabularModel m = env.getValue();
      for (long seed = 1; seed <= 8; seed++) {
        Xoshiro256StarStar fastExplore = new Xoshiro256StarStar(seed);
        Xoshiro256StarStar fastDynamics = new Xoshiro256StarStar(~seed);
        Xoshiro256StarStar slowExplore = new Xoshiro256StarStar(seed);
        Xoshiro256StarStar slowDynamics = new Xoshiro256StarStar(~seed);
        TabularLearner fast = algorithm.create(m, 0.5, fastExplore, fastDynamics);
        ReferenceLearner slow = new ReferenceLearner(algorithm, m, 0.5, slowExplore, slowDynamics);
        Xoshiro256StarStar starts = new Xoshiro256StarStar(seed * 31);
        long fastPenalties = 0;
        for (int e = 0; e < 150; e++) {
          int start = m.sampleInitialState(starts.nextDouble());
          double alpha = 0.5 / (1 + 0.01 * e);
          double epsilon = Math.max(0.05, 1 - e / 100.0);
          int cap = m.maxEpisodeSteps();
          int fastSteps = fast.runEpisode(start, alpha, 0.95, epsilon, cap);
          int slowSteps = slow.episode(start, alpha, 0.95, epsilon, cap);
          assertEquals(slowSteps, fastSteps, env.getKey() + " seed " + seed + " episode " + e);
          fastPenalties += fast.episodePenalties();
        }
        assertArrayEquals(slow.table(), fast.qTable(), 0.0, env.getKey() + " seed " + seed);
        assertEquals(slow.penalties, fastPenalties);
        // Both consumed exactly the same draws.
        assertEquals(slowExplore.nextLong(), fastExplore.nextLong());
        assertEquals(slowDynamics.nextLong(), fastDynamics.nextLong());
      }
    }
  }

  /**
   * A deterministic walk on 40 states, 3 actions (back, stay, on), with a different reward on every
   * row; state 39 is the goal, and "back" from state 0 is a penalty.
   */
  static TabularModel manyRewards() {
    int states = 40;
    TabularModel.Builder b = TabularModel.builder(states, 3);
    for (int s = 0; s < states; s++) {
      for (int a = 0; a < 3; a++) {
        int next = s == states - 1 ? s : Math.max(0, Math.min(states - 1, s + a - 1));
        boolean terminal = s == states - 1 || next == states - 1;
        double reward = next == states - 1 && s != next ? 10 : -1 - (s * 3 + a) / 64.0;
        b.outcome(s, a, 1, next, reward, terminal, s == 0 && a == 0, terminal && s != next);
      }
    }
    return b.initial(0, 0.5).initial(1, 0.5).maxEpisodeSteps(100).build();
  }

  private static TabularModel chain() {
    return dev.qsweep.env.Fixtures.chain(10);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void everyLearner_convergesToQStarOnTheHandSolvedChain(Algorithm algorithm) {
    TabularModel m = chain();
    double[] qStar = ValueIteration.solve(m, 0.9).q();
    TabularLearner learner =
        algorithm.create(m, 0, new Xoshiro256StarStar(5), new Xoshiro256StarStar(6));
    int episodes = 20_000;
    for (int e = 0; e < episodes; e++) {
      // GLIE: exploration fades, so on-policy methods converge to Q* too.
      double epsilon = Math.max(0.001, 1.0 - e / (0.8 * episodes));
      learner.runEpisode(0, 0.05, 0.9, epsilon, 10);
    }
    double[] learned = learner.greedyValues();
    for (int i = 0; i < 4; i++) {
      assertEquals(qStar[i], learned[i], 0.01, algorithm + " Q[" + i + "]");
    }
  }

  @Test
  void qLearning_terminalTransition_ignoresBootstrap() {
    // Two states: action 0 in state 0 ends with reward 1; state 1's values are huge.
    TabularModel m =
        TabularModel.builder(2, 1)
            .outcome(0, 0, 1, 1, 1, true, false, true)
            .outcome(1, 0, 1, 1, 0, true, false, false)
            .initial(0, 1)
            .build();
    TabularLearner l =
        Algorithm.Q_LEARNING.create(m, 100, new Xoshiro256StarStar(1), new Xoshiro256StarStar(2));
    l.runEpisode(0, 0.5, 1.0, 0, 0);
    assertEquals(0.5 * 100 + 0.5 * 1, l.qTable()[0]);
  }

  @Test
  void qLearning_truncation_bootstraps() {
    // One state looping on itself with reward -1; the cap truncates after one step.
    TabularModel m =
        TabularModel.builder(1, 1)
            .outcome(0, 0, 1, 0, -1, false, false, false)
            .initial(0, 1)
            .build();
    TabularLearner l =
        Algorithm.Q_LEARNING.create(m, 10, new Xoshiro256StarStar(1), new Xoshiro256StarStar(2));
    assertEquals(1, l.runEpisode(0, 0.5, 0.5, 0, 1));
    assertEquals(0.5 * 10 + 0.5 * (-1 + 0.5 * 10), l.qTable()[0]);
  }

  @Test
  void epsilonGreedy_tiesGoToTheLowestAction() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    TabularLearner l =
        Algorithm.Q_LEARNING.create(m, 0, new Xoshiro256StarStar(1), new Xoshiro256StarStar(2));
    // Greedy with all-zero values moves south (action 0) from 328 to 428.
    l.runEpisode(328, 0.1, 0.6, 0, 1);
    assertEquals(-0.1, l.qTable()[328 * 6]);
    assertEquals(0.0, l.qTable()[328 * 6 + 1]);
  }

  @Test
  void initialQ_isOptimistic() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    TabularLearner l =
        Algorithm.SARSA.create(m, 20, new Xoshiro256StarStar(1), new Xoshiro256StarStar(2));
    assertEquals(20.0, l.qTable()[0]);
    assertThrows(
        IllegalArgumentException.class, () -> Algorithm.SARSA.create(m, Double.NaN, null, null));
  }

  @Test
  void parse_readsTextNames_andRejectsOthers() {
    assertEquals(Algorithm.EXPECTED_SARSA, Algorithm.parse("expected-sarsa"));
    assertEquals(Algorithm.DOUBLE_Q_LEARNING, Algorithm.parse("Double-Q"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Algorithm.parse("td-lambda"));
    assertEquals(
        "unknown learner 'td-lambda'; allowed: q-learning, sarsa, expected-sarsa, double-q",
        e.getMessage());
  }
}
