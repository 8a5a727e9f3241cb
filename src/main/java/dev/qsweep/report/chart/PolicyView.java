package dev.qsweep.report.chart;

import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.Greedy;
import dev.qsweep.eval.ValueIteration;
import java.util.ArrayDeque;

/**
 * What a policy map shows of a trained Q-table, per observation: the greedy action, the state value
 * {@code max_a Q}, whether the greedy policy can reach it from a start state, and whether the
 * greedy action is outside the set of optimal actions.
 */
/*
 * Implementation note. The optimal set is every action whose Q* (value iteration at the trial's
 * final gamma) is within 1e-9 relative of the best, so a greedy action that breaks a tie
 * differently from value iteration is not marked. With hidden state (the fickle passenger) Q* is
 * over states, not observations, and no action is marked.
 */
@SuppressWarnings("ArrayRecordComponent") // drawn once, never compared or hashed
public record PolicyView(int[] policy, double[] values, boolean[] reachable, boolean[] nonOptimal) {
  private static final double TIE = 1e-9;

  /** The view of {@code q} (indexed {@code observation * actions + action}) on {@code model}. */
  public static PolicyView of(TabularModel model, double[] q, double gamma) {
    int observations = model.observationCount();
    int actions = model.actionCount();
    int[] policy = Greedy.policy(q, observations, actions);
    double[] values = new double[observations];
    for (int o = 0; o < observations; o++) {
      values[o] = q[o * actions + policy[o]];
    }
    boolean[] nonOptimal = new boolean[observations];
    if (!model.hasHiddenState()) {
      double[] star = ValueIteration.solve(model, gamma, 1e-10, 1_000_000).q();
      for (int o = 0; o < observations; o++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < actions; a++) {
          best = Math.max(best, star[o * actions + a]);
        }
        double chosen = star[o * actions + policy[o]];
        nonOptimal[o] = chosen < best - TIE * Math.max(1, Math.abs(best));
      }
    }
    return new PolicyView(policy, values, reachable(model, policy), nonOptimal);
  }

  /** The observations the greedy policy visits with positive probability from a start state. */
  static boolean[] reachable(TabularModel model, int[] policy) {
    boolean[] seenState = new boolean[model.stateCount()];
    boolean[] seen = new boolean[model.observationCount()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int j = 0; j < model.initialStateCount(); j++) {
      int s = model.initialState(j);
      if (model.initialProbability(j) > 0 && !seenState[s]) {
        seenState[s] = true;
        queue.add(s);
      }
    }
    int actions = model.actionCount();
    while (!queue.isEmpty()) {
      int s = queue.poll();
      seen[model.observationOf(s)] = true;
      int row = s * actions + policy[model.observationOf(s)];
      for (int k = model.firstOutcome(row); k < model.firstOutcome(row + 1); k++) {
        int next = model.nextState(k);
        if (model.probability(k) > 0 && !model.isTerminal(k) && !seenState[next]) {
          seenState[next] = true;
          queue.add(next);
        }
      }
    }
    return seen;
  }
}
