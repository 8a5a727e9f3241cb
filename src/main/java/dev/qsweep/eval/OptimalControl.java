package dev.qsweep.eval;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.TabularModel;
import java.util.Arrays;

/**
 * The best expected return any policy can reach from the initial distribution within a step limit:
 * the reference for a policy's optimality gap.
 */
/*
 * Implementation note. Finite-horizon optimal control (Bellman's backward induction, Puterman
 * chapter 4): W_0 = 0, W_n(s) = max_a sum_k p_k (r_k + [!terminal_k] W_{n-1}(s'_k)), and the answer
 * is sum_s0 mu(s0) W_H(s0). Undiscounted, because the scores are undiscounted. It allows the action
 * to depend on the steps left, so it bounds every stationary policy from above; on Taxi the greedy
 * policy of a well-trained agent reaches it exactly (7.93). With hidden state it is the fully
 * observed optimum, an upper bound the agent may not reach.
 */
public final class OptimalControl {
  private OptimalControl() {}

  /** The optimal expected return under the model's own time limit (or the evaluator's cap). */
  public static double optimalReturn(TabularModel model) {
    return optimalReturn(model, PolicyEvaluator.horizonOf(model));
  }

  /**
   * The optimal expected return from each state within {@code horizon} steps ({@code W_H} of the
   * note above), indexed by state.
   *
   * @throws IllegalArgumentException if the horizon is not positive
   */
  public static double[] optimalValues(TabularModel model, int horizon) {
    checkArgument(horizon > 0, "horizon must be positive, got %s", horizon);
    int states = model.stateCount();
    int actions = model.actionCount();
    double[] w = new double[states];
    double[] next = new double[states];
    for (int n = 1; n <= horizon; n++) {
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
      if (Arrays.equals(next, w)) {
        // A sweep that changed no bit is a fixed point of the (deterministic) update: every later
        // sweep would give these same bits, so stopping here is exact, as in FiniteHorizon. Taxi-v3
        // settles at sweep 18 of its 200. Arrays.equals tells -0.0 from 0.0, so a sign of zero that
        // could still matter never stops it early.
        return next;
      }
      double[] swap = w;
      w = next;
      next = swap;
    }
    return w;
  }

  /** The optimal expected return within {@code horizon} steps. */
  public static double optimalReturn(TabularModel model, int horizon) {
    double[] w = optimalValues(model, horizon);
    CompensatedSum total = new CompensatedSum();
    boolean uniform = true;
    for (int j = 1; j < model.initialStateCount(); j++) {
      uniform &= model.initialProbability(j) == model.initialProbability(0);
    }
    for (int j = 0; j < model.initialStateCount(); j++) {
      total.add((uniform ? 1 : model.initialProbability(j)) * w[model.initialState(j)]);
    }
    return uniform ? total.value() / model.initialStateCount() : total.value();
  }
}
