package dev.qsweep.eval;

import dev.qsweep.env.TabularModel;
import dev.qsweep.util.Argmax;
import java.util.Arrays;

/** Greedy policies read from a flat Q-table, with NumPy's tie-break ({@link Argmax}). */
public final class Greedy {
  private Greedy() {}

  /** The greedy policy of a Q-table indexed {@code observation * actions + action}. */
  public static int[] policy(double[] q, int observations, int actions) {
    int[] policy = new int[observations];
    for (int o = 0; o < observations; o++) {
      policy[o] = Argmax.of(q, o * actions, actions);
    }
    return policy;
  }

  /**
   * A policy over observations that is greedy on a Q-function over the states of {@code model}.
   * Without hidden state that is the greedy policy. With hidden state, where several states share
   * an observation, each observation takes the action that is best on average over its states,
   * weighted by how often the policy itself visits them; starting from the policy greedy on the
   * average, this is repeated until it settles (at most 50 times) and the best-scoring policy met
   * is returned. (A memoryless policy cannot in general reach the fully observed optimum; this is
   * the standard occupancy-weighted heuristic, and its exact score is what qsweep reports.)
   */
  public static int[] observationPolicy(TabularModel model, double[] stateQ) {
    int actions = model.actionCount();
    if (!model.hasHiddenState()) {
      return policy(stateQ, model.stateCount(), actions);
    }
    double[] weights = new double[model.stateCount()];
    Arrays.fill(weights, 1);
    PolicyEvaluator evaluator = new PolicyEvaluator(model);
    int[] best = null;
    double bestReturn = Double.NEGATIVE_INFINITY;
    int[] current = weightedPolicy(model, stateQ, weights);
    for (int round = 0; round < 50; round++) {
      double score = evaluator.score(current).expectedReturn();
      if (score > bestReturn) {
        bestReturn = score;
        best = current;
      }
      double[] visits = evaluator.occupancy(current);
      int[] next = weightedPolicy(model, stateQ, visits);
      if (Arrays.equals(next, current)) {
        break;
      }
      current = next;
    }
    return best;
  }

  private static int[] weightedPolicy(TabularModel model, double[] stateQ, double[] weights) {
    int actions = model.actionCount();
    double[] q = new double[model.observationCount() * actions];
    double[] total = new double[model.observationCount()];
    for (int s = 0; s < model.stateCount(); s++) {
      total[model.observationOf(s)] += weights[s];
    }
    for (int s = 0; s < model.stateCount(); s++) {
      int o = model.observationOf(s);
      // An observation the policy never visits falls back to equal weights over its states.
      double w = total[o] > 0 ? weights[s] : 1;
      for (int a = 0; a < actions; a++) {
        q[o * actions + a] += w * stateQ[s * actions + a];
      }
    }
    return policy(q, model.observationCount(), actions);
  }
}
