package dev.qsweep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.learn.RandomAgent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class InfiniteHorizonTest {
  private static TabularModel taxiV2Unlimited() {
    return Environments.make("Taxi-v2", Map.of("max_episode_steps", "0")).dynamics();
  }

  @Test
  void randomAgent_taxiV2_noLimit_solvesTheAbsorbingChain() {
    TabularModel m = taxiV2Unlimited();
    PolicyScore s = PolicyEvaluator.exact(m).score(RandomAgent.policy(m));
    // numpy.linalg.inv(I - Q) on the same table (qsweep model Taxi-v2), an independent solve.
    assertEquals(2246.6026084018563, s.expectedSteps(), 1e-8);
    assertEquals(727.2665239234404, s.expectedPenalties(), 1e-8);
    assertEquals(-8771.001323712822, s.expectedReturn(), 1e-8);
    assertEquals(1.0, s.successProbability(), 1e-12);
    assertEquals(0, s.horizon());
    assertEquals(0, s.neverEndsProbability());
    assertFalse(s.conditionalOnEnding());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Taxi-v2", "FrozenLake-v1", "CliffWalkingSlippery-v1"})
  void gaussSeidel_agreesWithTheDenseSolve(String id) {
    TabularModel m = Environments.make(id, Map.of("max_episode_steps", "0")).dynamics();
    double[] random = RandomAgent.policy(m);
    PolicyScore dense = new PolicyEvaluator(m, 0, Integer.MAX_VALUE).score(random);
    PolicyScore iterative = new PolicyEvaluator(m, 0, 0).score(random);
    double scale = Math.max(1, dense.expectedSteps());
    assertEquals(dense.expectedSteps(), iterative.expectedSteps(), 1e-9 * scale);
    assertEquals(dense.expectedReturn(), iterative.expectedReturn(), 1e-9 * scale);
    assertEquals(dense.expectedPenalties(), iterative.expectedPenalties(), 1e-9 * scale);
    assertEquals(dense.successProbability(), iterative.successProbability(), 1e-9);
  }

  /** From 0: +1 and the end with probability p, else a penalty and into 1, which loops forever. */
  private static TabularModel trap(double p) {
    return TabularModel.builder(2, 1)
        .outcome(0, 0, p, 0, 1, true, false, true)
        .outcome(0, 0, 1 - p, 1, -1, false, true, false)
        .outcome(1, 0, 1.0, 1, -1, false, false, false)
        .initial(0, 1)
        .build();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.25, 0.5, 0.9})
  void trap_reportsNeverEnding_andFiguresConditionalOnEnding(double p) {
    for (int dense : new int[] {0, Integer.MAX_VALUE}) {
      PolicyScore s = new PolicyEvaluator(trap(p), 0, dense).score(new double[] {1, 1});
      assertEquals(1 - p, s.neverEndsProbability(), 1e-15);
      assertTrue(s.conditionalOnEnding());
      // Every episode that ends does so at step 1 with +1 and no penalty.
      assertEquals(1, s.expectedSteps(), 1e-12);
      assertEquals(1, s.expectedReturn(), 1e-12);
      assertEquals(0, s.expectedPenalties(), 1e-12);
      assertEquals(p, s.successProbability(), 1e-15);
    }
  }

  @Test
  void geometricEnding_withoutLimit_isTheInfiniteSeries() {
    // Each step ends with probability 1/2 (+1) or goes on (-1, a penalty): E[steps] = 2.
    TabularModel m =
        TabularModel.builder(1, 1)
            .outcome(0, 0, 0.5, 0, 1, true, false, true)
            .outcome(0, 0, 0.5, 0, -1, false, true, false)
            .initial(0, 1)
            .build();
    PolicyScore s = PolicyEvaluator.exact(m).score(new int[] {0});
    assertEquals(2, s.expectedSteps(), 1e-12);
    assertEquals(1, s.expectedPenalties(), 1e-12);
    assertEquals(0, s.expectedReturn(), 1e-12);
    assertEquals(1, s.successProbability(), 1e-12);
  }

  @Test
  void deterministicLoop_withoutLimit_neverEnds_noHang() {
    TabularModel m =
        Environments.make("CliffWalking-v1", Map.of("max_episode_steps", "0")).dynamics();
    // Always "up" from the start: the walker stays against the top wall forever.
    PolicyScore s = PolicyEvaluator.exact(m).score(new int[48]);
    assertEquals(1, s.neverEndsProbability());
    assertTrue(Double.isNaN(s.expectedSteps()));
    assertEquals(0, s.successProbability());
    boolean[] endless = PolicyEvaluator.exact(m).endlessStates(new int[48]);
    assertTrue(endless[36]);
  }

  @Test
  void dryLake_wallLoopNeverEnds_butWalkingIntoAHoleEnds() {
    TabularModel lake =
        Environments.make("FrozenLake-v1", Map.of("is_slippery", "false", "max_episode_steps", "0"))
            .dynamics();
    // "Left" everywhere: the start (0, 0) pushes against the west wall forever.
    PolicyScore left = PolicyEvaluator.exact(lake).score(new int[16]);
    assertEquals(1, left.neverEndsProbability());
    // "Down" everywhere: (1, 0), (2, 0), then the hole at (3, 0), a penalty that ends it.
    int[] down = new int[16];
    java.util.Arrays.fill(down, 1);
    PolicyScore d = PolicyEvaluator.exact(lake).score(down);
    assertEquals(0, d.neverEndsProbability());
    assertEquals(3, d.expectedSteps());
    assertEquals(1, d.expectedPenalties());
    assertEquals(0, d.successProbability());
  }
}
