package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.learn.RandomAgent;
import dev.qsweep.learn.Xoshiro256StarStar;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SampledEvaluationTest {
  @Test
  void runToTheEnd_deterministicLoop_stopsAndCountsIt() {
    TabularModel m =
        Environments.make("CliffWalking-v1", Map.of("max_episode_steps", "0")).dynamics();
    int[] up = new int[48];
    boolean[] endless = PolicyEvaluator.exact(m).endlessStates(up);
    SampledEvaluation s =
        SampledEvaluation.runToTheEnd(m, up, 10, endless, new Xoshiro256StarStar(1));
    assertEquals(10, s.neverEnded());
    assertEquals(0, s.successRate());
  }

  @Test
  void runToTheEnd_randomAgent_endsEveryEpisode_nearTheExactMean() {
    TabularModel m = Environments.make("Taxi-v2", Map.of("max_episode_steps", "0")).dynamics();
    double[] random = RandomAgent.policy(m);
    PolicyEvaluator exact = PolicyEvaluator.exact(m);
    SampledEvaluation s =
        SampledEvaluation.runToTheEnd(
            m, null, 2000, exact.endlessStates(random), new Xoshiro256StarStar(7));
    assertEquals(0, s.neverEnded());
    assertEquals(1, s.successRate());
    // Exact 2246.6 steps, sd 2220.8: 2,000 episodes give a standard error of 49.7; 5 of them.
    double mean = exact.score(random).expectedSteps();
    assertTrue(Math.abs(s.meanSteps() - mean) < 5 * 2220.8 / Math.sqrt(2000), "" + s.meanSteps());
  }

  @Test
  void run_underALimit_isUnchanged_everyEpisodeCounted() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    SampledEvaluation s = SampledEvaluation.run(m, null, 50, 200, new Xoshiro256StarStar(3));
    assertEquals(0, s.neverEnded());
    assertTrue(s.meanSteps() <= 200);
  }
}
