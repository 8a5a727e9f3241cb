package dev.qsweep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RolloutsTest {
  /** The obvious step-by-step episode, for comparison. */
  private static double[] naive(TabularModel m, int[] policy, int start, int horizon) {
    int s = start;
    double ret = 0;
    double pen = 0;
    int t = 0;
    while (t < horizon) {
      int k = s * m.actionCount() + policy[m.observationOf(s)];
      ret += m.reward(k);
      pen += m.isPenalty(k) ? 1 : 0;
      t++;
      if (m.isTerminal(k)) {
        break;
      }
      s = m.nextState(k);
    }
    return new double[] {t, ret, pen};
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 199, 200, 1000, 4321})
  void loopingPolicies_closedForm_equalsStepByStep(int horizon) {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    SplittableRandom random = new SplittableRandom(horizon);
    Rollouts rollouts = new Rollouts(m);
    Rollouts.Episode e = new Rollouts.Episode();
    for (int trial = 0; trial < 20; trial++) {
      int[] policy = new int[500];
      for (int s = 0; s < 500; s++) {
        policy[s] = random.nextInt(6);
      }
      for (int start = 0; start < 500; start += 7) {
        rollouts.run(policy, start, horizon, e);
        double[] expected = naive(m, policy, start, horizon);
        assertEquals(expected[0], e.steps, "steps from " + start);
        assertEquals(expected[1], e.ret, "return from " + start);
        assertEquals(expected[2], e.penalties, "penalties from " + start);
      }
    }
  }

  @Test
  void aBillionStepLimit_isScoredInClosedForm() {
    TabularModel m =
        Environments.make("Taxi-v3", Map.of("max_episode_steps", "1000000000")).dynamics();
    // Pickup everywhere: an illegal pickup (-10, a penalty) every step at most start states.
    int[] pickup = new int[500];
    java.util.Arrays.fill(pickup, 4);
    PolicyScore s = new PolicyEvaluator(m).score(pickup);
    // Taxi at the passenger: picks up (-1), then illegal pickups until the limit.
    // 25 cells x 4 passenger spots x 3 destinations; 1 in 25 starts has the taxi at the passenger.
    double atPassenger = 1.0 / 25;
    double steps = 1e9;
    assertEquals(steps, s.expectedSteps());
    double expectedPenalties = (1 - atPassenger) * steps + atPassenger * (steps - 1);
    assertEquals(expectedPenalties, s.expectedPenalties(), 1e-6);
    assertEquals(-10 * expectedPenalties - atPassenger, s.expectedReturn(), 1e-3);
  }
}
