package dev.qsweep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environment;
import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class PolicyEvaluatorTest {
  @Test
  void score_chain_countsStepsRewardAndSuccess() {
    PolicyScore s = new PolicyEvaluator(ValueIterationTest.chain()).score(new int[] {0, 0, 0});
    assertEquals(new PolicyScore(1, 2, 0, 1, 10), s);
    assertEquals(0.5, s.rewardPerMove());
  }

  @Test
  void score_policyThatNeverEnds_isCutAtTheHorizon() {
    PolicyScore s = new PolicyEvaluator(ValueIterationTest.chain()).score(new int[] {1, 1, 1});
    assertEquals(new PolicyScore(0, 10, 0, 0, 10), s);
  }

  @Test
  void score_noTimeLimit_usesTheStatedCap() {
    TabularModel m =
        Environments.make("CliffWalking-v1", Map.of("max_episode_steps", "0")).dynamics();
    // Always "up" from the start: never ends.
    PolicyScore s = new PolicyEvaluator(m).score(new int[48]);
    assertEquals(PolicyEvaluator.HORIZON_WITHOUT_TIME_LIMIT, s.expectedSteps());
    assertEquals(-PolicyEvaluator.HORIZON_WITHOUT_TIME_LIMIT, s.expectedReturn());
    assertEquals(0, s.successProbability());
  }

  @Test
  void score_geometricEnding_matchesTheClosedForm() {
    // Each step ends the episode with probability 1/2 (+1) or goes on (-1, a penalty).
    TabularModel m =
        TabularModel.builder(1, 1)
            .outcome(0, 0, 0.5, 0, 1, true, false, true)
            .outcome(0, 0, 0.5, 0, -1, false, true, false)
            .initial(0, 1)
            .maxEpisodeSteps(5)
            .build();
    PolicyScore s = new PolicyEvaluator(m).score(new int[] {0});
    // P(end by step n) = 1 - 2^-n; E[steps] = sum_{n=0}^{4} 2^-n.
    assertEquals(1 - Math.pow(2, -5), s.successProbability(), 1e-15);
    assertEquals(1 + 0.5 + 0.25 + 0.125 + 0.0625, s.expectedSteps(), 1e-15);
    // Penalties: one per step that goes on = E[steps] - P(success).
    assertEquals(s.expectedSteps() - s.successProbability(), s.expectedPenalties(), 1e-15);
  }

  @Test
  void score_deterministicRollouts_agreeWithDynamicProgramming() {
    // The same Taxi with a zero-probability second outcome per row forces the DP path.
    TabularModel taxi = Environments.make("Taxi-v3").dynamics();
    TabularModel.Builder b = TabularModel.builder(500, 6).maxEpisodeSteps(200);
    for (int row = 0; row < 3000; row++) {
      int k = taxi.firstOutcome(row);
      b.outcome(
          row / 6,
          row % 6,
          1,
          taxi.nextState(k),
          taxi.reward(k),
          taxi.isTerminal(k),
          taxi.isPenalty(k),
          taxi.isSuccess(k));
      b.outcome(row / 6, row % 6, 0, 0, 0, false, false, false);
    }
    for (int j = 0; j < taxi.initialStateCount(); j++) {
      b.initial(taxi.initialState(j), taxi.initialProbability(j));
    }
    TabularModel padded = b.build();
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 20; trial++) {
      int[] policy = new int[500];
      for (int s = 0; s < 500; s++) {
        policy[s] = random.nextInt(6);
      }
      PolicyScore fast = new PolicyEvaluator(taxi).score(policy);
      PolicyScore slow = new PolicyEvaluator(padded).score(policy);
      assertEquals(fast.expectedReturn(), slow.expectedReturn(), 1e-9);
      assertEquals(fast.expectedSteps(), slow.expectedSteps(), 1e-9);
      assertEquals(fast.expectedPenalties(), slow.expectedPenalties(), 1e-9);
      assertEquals(fast.successProbability(), slow.successProbability(), 1e-12);
    }
  }

  @Test
  void score_stochasticModel_agreesWithManyRollouts() {
    Environment e = Environments.make("FrozenLake-v1");
    TabularModel m = e.dynamics();
    int[] policy = {0, 3, 3, 3, 0, 0, 0, 0, 3, 1, 0, 0, 0, 2, 1, 0};
    PolicyScore exact = new PolicyEvaluator(m).score(policy);
    SplittableRandom random = new SplittableRandom(1);
    int episodes = 200_000;
    double successes = 0;
    double steps = 0;
    for (int i = 0; i < episodes; i++) {
      int s = m.sampleInitialState(random.nextDouble());
      for (int t = 1; t <= m.maxEpisodeSteps(); t++) {
        int k = m.sampleOutcome(s * 4 + policy[s], random.nextDouble());
        if (m.isTerminal(k)) {
          successes += m.isSuccess(k) ? 1 : 0;
          steps += t;
          break;
        }
        s = m.nextState(k);
        if (t == m.maxEpisodeSteps()) {
          steps += t;
        }
      }
    }
    // Five standard errors of a Bernoulli mean over 200,000 episodes.
    assertEquals(exact.successProbability(), successes / episodes, 0.006);
    assertEquals(exact.expectedSteps(), steps / episodes, 0.5);
  }

  @Test
  void score_longHorizons_stopAtTheBitwiseFixedPoint_withTheSameBits() {
    // A slippery lake with a policy that always ends: far before 100,000 steps every further sweep
    // changes no bit, so the score must be the same at any longer horizon, and come back at once.
    TabularModel m = Environments.make("FrozenLake-v1").dynamics();
    int[] policy = {0, 3, 3, 3, 0, 0, 0, 0, 3, 1, 0, 0, 0, 2, 1, 0};
    PolicyScore a = new PolicyEvaluator(m, 100_000).score(policy);
    PolicyScore b = new PolicyEvaluator(m, 1_000_000_000).score(policy);
    assertEquals(a.expectedReturn(), b.expectedReturn(), 0.0);
    assertEquals(a.expectedSteps(), b.expectedSteps(), 0.0);
    assertEquals(a.successProbability(), b.successProbability(), 0.0);
  }

  @Test
  void occupancy_sumsToExpectedSteps() {
    TabularModel m = Environments.make("FrozenLake-v1").dynamics();
    int[] policy = {0, 3, 3, 3, 0, 0, 0, 0, 3, 1, 0, 0, 0, 2, 1, 0};
    PolicyEvaluator evaluator = new PolicyEvaluator(m);
    double total = 0;
    for (double v : evaluator.occupancy(policy)) {
      total += v;
    }
    assertEquals(evaluator.score(policy).expectedSteps(), total, 1e-9);
  }

  @Test
  void score_uniformRandomPolicy_onTheChain_matchesTheHandSolution() {
    // From 0 the random walk goes right with 1/2 each step; from 1 it ends with 1/2.
    // Horizon 2: P(end at step 2) = 1/2 * 1/2; E[steps] = 2 always (no episode ends at step 1).
    TabularModel m = dev.qsweep.env.Fixtures.chain(2);
    PolicyScore s = new PolicyEvaluator(m).score(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5});
    assertEquals(0.25, s.successProbability(), 1e-15);
    assertEquals(0.25, s.expectedReturn(), 1e-15);
    assertEquals(2.0, s.expectedSteps(), 1e-15);
  }

  @Test
  void score_deterministicPolicyAsProbabilities_equalsTheIntPolicy() {
    TabularModel m = Environments.make("FrozenLake-v1").dynamics();
    int[] policy = {0, 3, 3, 3, 0, 0, 0, 0, 3, 1, 0, 0, 0, 2, 1, 0};
    double[] asProbabilities = new double[16 * 4];
    for (int s = 0; s < 16; s++) {
      asProbabilities[s * 4 + policy[s]] = 1;
    }
    PolicyEvaluator evaluator = new PolicyEvaluator(m);
    PolicyScore a = evaluator.score(policy);
    PolicyScore b = evaluator.score(asProbabilities);
    assertEquals(a.expectedReturn(), b.expectedReturn(), 1e-12);
    assertEquals(a.expectedSteps(), b.expectedSteps(), 1e-12);
  }

  @Test
  void score_randomAgentOnTaxi_agreesWithManySampledEpisodes() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    double[] uniform = new double[500 * 6];
    Arrays.fill(uniform, 1.0 / 6);
    PolicyScore exact = new PolicyEvaluator(m).score(uniform);
    SplittableRandom random = new SplittableRandom(11);
    int episodes = 20_000;
    double steps = 0;
    double penalties = 0;
    for (int i = 0; i < episodes; i++) {
      int s = m.initialState(random.nextInt(300));
      for (int t = 1; t <= 200; t++) {
        int k = s * 6 + random.nextInt(6);
        penalties += m.isPenalty(k) ? 1 : 0;
        if (m.isTerminal(k) || t == 200) {
          steps += t;
          break;
        }
        s = m.nextState(k);
      }
    }
    // The tutorial's random agent: about 197 steps and 64 penalties per episode under the limit.
    assertEquals(exact.expectedSteps(), steps / episodes, 1.0);
    assertEquals(exact.expectedPenalties(), penalties / episodes, 0.5);
  }

  @Test
  void score_badProbabilities_rejected() {
    PolicyEvaluator evaluator = new PolicyEvaluator(ValueIterationTest.chain());
    assertThrows(
        IllegalArgumentException.class, () -> evaluator.score(new double[] {1, 0, 1, 0, 1, 1}));
    assertThrows(IllegalArgumentException.class, () -> evaluator.score(new double[4]));
  }

  @Test
  void optimalReturn_boundsEveryPolicy_andIsReachedOnTaxi() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    assertEquals(7.93, OptimalControl.optimalReturn(m), 1e-12);
    TabularModel lake = Environments.make("FrozenLake-v1").dynamics();
    double best = OptimalControl.optimalReturn(lake);
    PolicyScore greedy =
        new PolicyEvaluator(lake).score(Greedy.policy(ValueIteration.solve(lake, 0.99).q(), 16, 4));
    assertTrue(greedy.expectedReturn() <= best + 1e-12);
    assertTrue(best - greedy.expectedReturn() < 0.05, best + " vs " + greedy.expectedReturn());
  }

  @Test
  void score_wrongPolicyLength_rejected() {
    PolicyEvaluator evaluator = new PolicyEvaluator(ValueIterationTest.chain());
    assertThrows(IllegalArgumentException.class, () -> evaluator.score(new int[2]));
    assertThrows(IllegalArgumentException.class, () -> evaluator.score(new int[] {0, 2, 0}));
  }

  @Test
  void fickleTaxi_observationPolicy_scoresAtLeastTheFickleBlindPolicy() {
    Environment e =
        Environments.make("Taxi-v4", Map.of("is_rainy", "true", "fickle_passenger", "true"));
    TabularModel fickle = e.dynamics();
    PolicyEvaluator evaluator = new PolicyEvaluator(fickle);
    int[] blind = Greedy.policy(ValueIteration.solve(e.table(), 0.99).q(), 500, 6);
    int[] aware = Greedy.observationPolicy(fickle, ValueIteration.solve(fickle, 0.99).q());
    double blindReturn = evaluator.score(blind).expectedReturn();
    double awareReturn = evaluator.score(aware).expectedReturn();
    assertEquals(1.0, evaluator.score(aware).successProbability(), 1e-9);
    assertEquals(true, awareReturn >= blindReturn, awareReturn + " < " + blindReturn);
  }
}
