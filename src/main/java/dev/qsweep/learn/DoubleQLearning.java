package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;
import dev.qsweep.util.Argmax;
import java.util.Arrays;

/**
 * Double Q-learning (Sutton and Barto, section 6.7): tables A and B; the agent acts
 * epsilon-greedily on A + B; each step a fair coin picks the table to update, which bootstraps on
 * the other table's value of its own greedy action.
 */
public final class DoubleQLearning extends TabularLearner {
  private final double[] other;
  private final double[] mean;

  DoubleQLearning(
      Outcomes outcomes,
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    super(outcomes, model, initialQ, explore, dynamics);
    this.other = new double[q.length];
    Arrays.fill(other, initialQ);
    this.mean = new double[q.length];
  }

  @Override
  boolean step() {
    final Outcomes m = outcomes;
    int o = observation;
    int a = actOnSum(o);
    int k = m.outcome(state * actions + a, dynamics);
    int s2 = m.next[k];
    int o2 = m.observe(s2);
    boolean updateFirst = explore.nextDouble() < 0.5;
    double[] updated = updateFirst ? q : other;
    double[] judge = updateFirst ? other : q;
    double target = m.reward[k];
    if ((m.flags[k] & TabularModel.TERMINAL_FLAG) == 0) {
      int from = o2 * actions;
      target += gamma * judge[from + Argmax.of(updated, from, actions)];
    }
    int i = o * actions + a;
    updated[i] = keep * updated[i] + alpha * target;
    if (record(k)) {
      return true;
    }
    state = s2;
    observation = o2;
    return false;
  }

  private int actOnSum(int o) {
    if (explore.nextDouble() < epsilon) {
      return explore.nextInt(actions);
    }
    int from = o * actions;
    int best = 0;
    double bestValue = q[from] + other[from];
    for (int b = 1; b < actions; b++) {
      double v = q[from + b] + other[from + b];
      if (v > bestValue) {
        bestValue = v;
        best = b;
      }
    }
    return best;
  }

  @Override
  int advanceLanes(TabularLearner[] lanes, int active, int from) {
    for (int k = from; ; k = k + 1 < active ? k + 1 : 0) {
      if (((DoubleQLearning) lanes[k]).step()) {
        return k;
      }
    }
  }

  /** The mean of both tables (its greedy policy is the behaviour policy's greedy part). */
  @Override
  public double[] greedyValues() {
    for (int i = 0; i < mean.length; i++) {
      // Halving is exact, so the argmax is that of the sum the agent acts on.
      mean[i] = (q[i] + other[i]) * 0.5;
    }
    return mean;
  }
}
