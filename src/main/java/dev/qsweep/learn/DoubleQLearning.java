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
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    super(model, initialQ, explore, dynamics);
    this.other = new double[q.length];
    Arrays.fill(other, initialQ);
    this.mean = new double[q.length];
  }

  @Override
  public int runEpisode(int start, double alpha, double gamma, double epsilon, int stepCap) {
    beginEpisode();
    double keep = 1 - alpha;
    int s = start;
    int t = 0;
    while (true) {
      int o = observe(s);
      int a = actOnSum(o, epsilon);
      int k = outcome(s, a);
      int next = model.nextState(k);
      boolean updateFirst = explore.nextDouble() < 0.5;
      double[] updated = updateFirst ? q : other;
      double[] judge = updateFirst ? other : q;
      double target = model.reward(k);
      if (!model.isTerminal(k)) {
        int from = observe(next) * actions;
        target += gamma * judge[from + Argmax.of(updated, from, actions)];
      }
      int i = o * actions + a;
      updated[i] = keep * updated[i] + alpha * target;
      t++;
      if (record(k)) {
        return t;
      }
      s = next;
      if (t == stepCap) {
        return t;
      }
    }
  }

  private int actOnSum(int o, double epsilon) {
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
