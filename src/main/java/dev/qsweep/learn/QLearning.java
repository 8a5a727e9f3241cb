package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;
import dev.qsweep.util.Argmax;

/**
 * Q-learning as the tutorial writes it: {@code Q <- (1 - alpha) Q + alpha (r + gamma max_a'
 * Q(s', a'))}, with no bootstrap after termination (Sutton and Barto, section 6.5).
 */
public final class QLearning extends TabularLearner {
  QLearning(
      TabularModel model, double initialQ, Xoshiro256StarStar explore, Xoshiro256StarStar dynamics) {
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
        target += gamma * Argmax.max(q, observe(next) * actions, actions);
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
