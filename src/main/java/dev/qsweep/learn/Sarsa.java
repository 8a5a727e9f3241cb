package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;

/**
 * SARSA: bootstrap on {@code Q(s', a')} for the action {@code a'} the agent will take next (Sutton
 * and Barto, section 6.4). After truncation it still picks {@code a'} to bootstrap on.
 */
public final class Sarsa extends TabularLearner {
  Sarsa(
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
    int o = observe(s);
    int a = act(o, epsilon);
    int t = 0;
    while (true) {
      int k = outcome(s, a);
      int i = o * actions + a;
      t++;
      if (model.isTerminal(k)) {
        q[i] = keep * q[i] + alpha * model.reward(k);
        record(k);
        return t;
      }
      int next = model.nextState(k);
      int nextO = observe(next);
      int nextA = act(nextO, epsilon);
      q[i] = keep * q[i] + alpha * (model.reward(k) + gamma * q[nextO * actions + nextA]);
      record(k);
      if (t == stepCap) {
        return t;
      }
      s = next;
      o = nextO;
      a = nextA;
    }
  }
}
