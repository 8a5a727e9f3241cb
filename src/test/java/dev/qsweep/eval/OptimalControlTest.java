package dev.qsweep.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class OptimalControlTest {
  /** Every sweep of backward induction, with no early stop: what optimalValues must equal. */
  private static double[] allSweeps(TabularModel model, int horizon) {
    int states = model.stateCount();
    int actions = model.actionCount();
    double[] w = new double[states];
    for (int n = 1; n <= horizon; n++) {
      double[] next = new double[states];
      for (int s = 0; s < states; s++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < actions; a++) {
          int row = s * actions + a;
          double value = 0;
          for (int k = model.firstOutcome(row); k < model.firstOutcome(row + 1); k++) {
            double target = model.reward(k);
            if (!model.isTerminal(k)) {
              target += w[model.nextState(k)];
            }
            value += model.probability(k) * target;
          }
          best = Math.max(best, value);
        }
        next[s] = best;
      }
      w = next;
    }
    return w;
  }

  @Test
  void optimalValues_equalEverySweepOfBackwardInduction_bitForBit_atEveryHorizon() {
    String[][] envs = {
      {"Taxi-v3", "", ""},
      {"Taxi-v3", "is_rainy", "true"},
      {"Taxi-v4", "fickle_passenger", "true"},
      {"FrozenLake-v1", "", ""},
      {"FrozenLake-v1", "is_slippery", "false"},
      {"FrozenLake8x8-v1", "", ""},
      {"CliffWalking-v1", "", ""},
      {"CliffWalkingSlippery-v1", "", ""},
    };
    for (String[] env : envs) {
      Map<String, String> options = env[1].isEmpty() ? Map.of() : Map.of(env[1], env[2]);
      TabularModel model = Environments.make(env[0], options).dynamics();
      // Deterministic models settle into a fixed point well before 200 sweeps, stochastic ones
      // approach theirs and may never reach it exactly: either way every bit must match.
      for (int horizon : new int[] {1, 2, 7, 30, 200, 1000}) {
        assertArrayEquals(
            allSweeps(model, horizon),
            OptimalControl.optimalValues(model, horizon),
            env[0] + " " + options + " horizon " + horizon);
      }
    }
  }

  @Test
  void optimalValues_ofAModelThatNeverEnds_keepFallingWithTheHorizon() {
    // One state, one action, reward -1, never terminal: W_n = -n, never a fixed point.
    TabularModel loop =
        TabularModel.builder(1, 1)
            .outcome(0, 0, 1, 0, -1, false, false, false)
            .initial(0, 1)
            .maxEpisodeSteps(10)
            .build();
    for (int horizon : new int[] {1, 10, 500}) {
      assertArrayEquals(
          new double[] {-horizon}, OptimalControl.optimalValues(loop, horizon), "" + horizon);
    }
  }
}
