package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;

/**
 * SARSA: bootstrap on {@code Q(s', a')} for the action {@code a'} the agent will take next (Sutton
 * and Barto, section 6.4). After truncation it still picks {@code a'} to bootstrap on.
 */
public final class Sarsa extends TabularLearner {
  private int action;

  Sarsa(
      Outcomes outcomes,
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    super(outcomes, model, initialQ, explore, dynamics);
  }

  @Override
  void begin(int start, double alpha, double gamma, double epsilon, int stepCap) {
    super.begin(start, alpha, gamma, epsilon, stepCap);
    action = act(observation);
  }

  @Override
  boolean step() {
    final Outcomes m = outcomes;
    int o = observation;
    int a = action;
    int k = m.outcome(state * actions + a, dynamics);
    int i = o * actions + a;
    if ((m.flags[k] & TabularModel.TERMINAL_FLAG) != 0) {
      q[i] = keep * q[i] + alpha * m.reward[k];
      return record(k);
    }
    int s2 = m.next[k];
    int o2 = m.observe(s2);
    int a2 = act(o2);
    q[i] = keep * q[i] + alpha * (m.reward[k] + gamma * q[o2 * actions + a2]);
    if (record(k)) {
      return true;
    }
    state = s2;
    observation = o2;
    action = a2;
    return false;
  }

  @Override
  int advanceLanes(TabularLearner[] lanes, int active, int from) {
    for (int k = from; ; k = k + 1 < active ? k + 1 : 0) {
      if (((Sarsa) lanes[k]).step()) {
        return k;
      }
    }
  }
}
