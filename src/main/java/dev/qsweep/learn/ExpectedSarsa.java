package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;
import dev.qsweep.util.Argmax;

/**
 * Expected SARSA: bootstrap on the expected value of {@code Q(s', .)} under the epsilon-greedy
 * policy, {@code (1 - epsilon) max Q(s', .) + epsilon mean Q(s', .)} (Sutton and Barto, section
 * 6.6).
 */
public final class ExpectedSarsa extends TabularLearner {
  ExpectedSarsa(
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    super(model, initialQ, explore, dynamics);
  }

  @Override
  public int runEpisode(int start, double alpha, double gamma, double epsilon, int stepCap) {
    beginEpisode();
    double keep = 1 - alpha;
    int s = start;
    int t = 0;
    while (true) {
      int o = observe(s);
      int a = act(o, epsilon);
      int k = outcome(s, a);
      int next = model.nextState(k);
      double target = model.reward(k);
      if (!model.isTerminal(k)) {
        int from = observe(next) * actions;
        double sum = 0;
        for (int b = 0; b < actions; b++) {
          sum += q[from + b];
        }
        double expected = (1 - epsilon) * Argmax.max(q, from, actions) + epsilon * (sum / actions);
        target += gamma * expected;
      }
      int i = o * actions + a;
      q[i] = keep * q[i] + alpha * target;
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
}
