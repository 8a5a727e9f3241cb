package dev.qsweep.eval;

import dev.qsweep.env.TabularModel;

/**
 * The outcomes a policy follows from each state, flattened once per evaluation: weight (action
 * probability times outcome probability), next state (-1 when the outcome ends the episode),
 * reward, and penalty and success as 0 or 1; outcomes of state s are {@code first[s] .. first[s +
 * 1] - 1}, in action then outcome order.
 */
record PolicyOutcomes(
    int[] first, double[] weight, int[] next, double[] reward, double[] penalty, double[] success) {

  /**
   * Flattens {@code policy} (an action per observation) or, when it is null, the stochastic policy
   * {@code actionProbabilities[o * actions + a]}.
   */
  static PolicyOutcomes of(TabularModel model, int[] policy, double[] actionProbabilities) {
    int states = model.stateCount();
    int actions = model.actionCount();
    int[] first = new int[states + 1];
    int count = 0;
    for (int s = 0; s < states; s++) {
      first[s] = count;
      for (int a = firstAction(model, s, policy); a <= lastAction(model, s, policy); a++) {
        if (weightOf(model, s, a, policy, actionProbabilities) > 0) {
          int row = s * actions + a;
          count += model.firstOutcome(row + 1) - model.firstOutcome(row);
        }
      }
    }
    first[states] = count;
    double[] weight = new double[count];
    int[] next = new int[count];
    double[] reward = new double[count];
    double[] penalty = new double[count];
    double[] success = new double[count];
    int at = 0;
    for (int s = 0; s < states; s++) {
      for (int a = firstAction(model, s, policy); a <= lastAction(model, s, policy); a++) {
        double pa = weightOf(model, s, a, policy, actionProbabilities);
        if (pa == 0) {
          continue;
        }
        int row = s * actions + a;
        for (int k = model.firstOutcome(row); k < model.firstOutcome(row + 1); k++) {
          weight[at] = pa * model.probability(k);
          next[at] = model.isTerminal(k) ? -1 : model.nextState(k);
          reward[at] = model.reward(k);
          penalty[at] = model.isPenalty(k) ? 1 : 0;
          success[at] = model.isSuccess(k) ? 1 : 0;
          at++;
        }
      }
    }
    return new PolicyOutcomes(first, weight, next, reward, penalty, success);
  }

  private static int firstAction(TabularModel model, int s, int[] policy) {
    return policy == null ? 0 : policy[model.observationOf(s)];
  }

  private static int lastAction(TabularModel model, int s, int[] policy) {
    return policy == null ? model.actionCount() - 1 : policy[model.observationOf(s)];
  }

  private static double weightOf(
      TabularModel model, int s, int a, int[] policy, double[] actionProbabilities) {
    return policy == null
        ? actionProbabilities[model.observationOf(s) * model.actionCount() + a]
        : 1;
  }

  /**
   * The states an episode can visit from the initial distribution, in increasing state order (so
   * every state is updated in the same order as a full sweep would).
   */
  int[] reachable(TabularModel model) {
    int states = model.stateCount();
    boolean[] seen = new boolean[states];
    int[] queue = new int[states];
    int tail = 0;
    for (int j = 0; j < model.initialStateCount(); j++) {
      int s = model.initialState(j);
      if (!seen[s]) {
        seen[s] = true;
        queue[tail++] = s;
      }
    }
    for (int head = 0; head < tail; head++) {
      int s = queue[head];
      for (int k = first[s]; k < first[s + 1]; k++) {
        int n = next[k];
        if (n >= 0 && weight[k] > 0 && !seen[n]) {
          seen[n] = true;
          queue[tail++] = n;
        }
      }
    }
    int[] order = new int[tail];
    int i = 0;
    for (int s = 0; s < states; s++) {
      if (seen[s]) {
        order[i++] = s;
      }
    }
    return order;
  }

  /**
   * Which of the {@code reachable} states can still end the episode: those with a path of
   * positive-weight outcomes to a terminal outcome. From any other state the episode goes on
   * forever.
   */
  boolean[] canEnd(int[] reachable, int stateCount) {
    boolean[] inReach = new boolean[stateCount];
    for (int s : reachable) {
      inReach[s] = true;
    }
    // Reverse edges among reachable states, as a compressed adjacency list.
    int[] inDegree = new int[stateCount + 1];
    for (int s : reachable) {
      for (int k = first[s]; k < first[s + 1]; k++) {
        if (weight[k] > 0 && next[k] >= 0) {
          inDegree[next[k] + 1]++;
        }
      }
    }
    for (int s = 0; s < stateCount; s++) {
      inDegree[s + 1] += inDegree[s];
    }
    int[] from = new int[inDegree[stateCount]];
    int[] cursor = inDegree.clone();
    for (int s : reachable) {
      for (int k = first[s]; k < first[s + 1]; k++) {
        if (weight[k] > 0 && next[k] >= 0) {
          from[cursor[next[k]]++] = s;
        }
      }
    }
    boolean[] ends = new boolean[stateCount];
    int[] queue = new int[stateCount];
    int tail = 0;
    for (int s : reachable) {
      for (int k = first[s]; k < first[s + 1]; k++) {
        if (weight[k] > 0 && next[k] < 0 && !ends[s]) {
          ends[s] = true;
          queue[tail++] = s;
        }
      }
    }
    for (int head = 0; head < tail; head++) {
      int s = queue[head];
      for (int i = inDegree[s]; i < inDegree[s + 1]; i++) {
        int p = from[i];
        if (inReach[p] && !ends[p]) {
          ends[p] = true;
          queue[tail++] = p;
        }
      }
    }
    return ends;
  }
}
