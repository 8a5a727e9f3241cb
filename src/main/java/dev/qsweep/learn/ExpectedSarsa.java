package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;
import dev.qsweep.util.Argmax;

/**
 * Expected SARSA: bootstrap on the expected value of {@code Q(s', .)} under the epsilon-greedy
 * policy, {@code (1 - epsilon) max Q(s', .) + epsilon mean Q(s', .)} (Sutton and Barto, section
 * 6.6).
 */
/*
 * Implementation note. As Q-learning's step: the argmax of Q(o', .) gives the bootstrap max and
 * the next greedy action, valid unless the update changed that row (o' == o).
 */
public final class ExpectedSarsa extends TabularLearner {
  private int greedy;

  ExpectedSarsa(
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
    greedy = Argmax.of(q, observation * actions, actions);
  }

  @Override
  boolean step() {
    final Outcomes m = outcomes;
    final double[] q = this.q;
    final int actions = this.actions;
    int o = observation;
    int a = greedy;
    if (explore.nextDouble() < epsilon) {
      a = explore.nextInt(actions);
    }
    int k = m.outcome(state * actions + a, dynamics);
    int s2 = m.next[k];
    int o2 = m.observe(s2);
    int from = o2 * actions;
    int nextGreedy = Argmax.of(q, from, actions);
    double max = q[from + nextGreedy];
    // Summed from 0 in action order, as the plain loop does (0 + -0.0 is 0.0, not -0.0).
    double sum = 0;
    for (int b = 0; b < actions; b++) {
      sum += q[from + b];
    }
    double target = m.reward[k];
    if ((m.flags[k] & TabularModel.TERMINAL_FLAG) == 0) {
      target += gamma * ((1 - epsilon) * max + epsilon * (sum / actions));
    }
    int i = o * actions + a;
    q[i] = keep * q[i] + alpha * target;
    if (record(k)) {
      return true;
    }
    greedy = o2 == o ? Argmax.of(q, from, actions) : nextGreedy;
    state = s2;
    observation = o2;
    return false;
  }

  @Override
  int advanceLanes(TabularLearner[] lanes, int active, int from) {
    for (int k = from; ; k = k + 1 < active ? k + 1 : 0) {
      if (((ExpectedSarsa) lanes[k]).step()) {
        return k;
      }
    }
  }
}
