package dev.qsweep.learn;

import dev.qsweep.env.OutcomeFlags;
import dev.qsweep.env.TabularModel;

/**
 * Expected SARSA: bootstrap on the expected value of {@code Q(s', .)} under the epsilon-greedy
 * policy, {@code (1 - epsilon) max Q(s', .) + epsilon mean Q(s', .)} (Sutton and Barto, section
 * 6.6).
 */
/*
 * Implementation note. As Q-learning's step: the greedy action of every row is kept current
 * (GreedyRows), and Q(o', greedy(o')), read before the update, is the bootstrap max.
 */
public final class ExpectedSarsa extends TabularLearner {
  private final GreedyRows greedy;

  ExpectedSarsa(
      Outcomes outcomes,
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    super(outcomes, model, initialQ, explore, dynamics);
    this.greedy = new GreedyRows(q, actions);
  }

  @Override
  boolean step() {
    final Outcomes m = outcomes;
    final double[] q = this.q;
    final int actions = this.actions;
    int o = observation;
    int a = greedy.of(o);
    if (explore.nextBelow(exploreBound)) {
      a = explore.nextInt(actions);
    }
    int k = m.outcome(state * actions + a, dynamics);
    int s2 = m.next[k];
    int o2 = m.observe(s2);
    double target = m.reward[k];
    if ((m.flags[k] & OutcomeFlags.TERMINAL) == 0) {
      target += gamma * expected(q, o2, actions, epsilon);
    }
    int i = o * actions + a;
    double before = q[i];
    q[i] = keep * before + alpha * target;
    greedy.updated(q, o, a, before, q[i]);
    state = s2;
    observation = o2;
    return record(k);
  }

  /**
   * The value of row {@code o} under the epsilon-greedy policy, {@code (1 - epsilon) max + epsilon
   * mean}: the max read through the greedy actions, the row summed from 0 in action order, as the
   * plain loop does (0 + -0.0 is 0.0, not -0.0).
   */
  private double expected(double[] q, int o, int actions, double epsilon) {
    int from = o * actions;
    double max = q[from + greedy.of(o)];
    double sum = 0;
    for (int b = 0; b < actions; b++) {
      sum += q[from + b];
    }
    return (1 - epsilon) * max + epsilon * (sum / actions);
  }

  /*
   * The same steps as step(), with the episode's state in locals rather than fields, where the JIT
   * keeps it in registers; on through the episodes its plan allows.
   */
  @Override
  void finishEpisode() {
    final Outcomes m = outcomes;
    final double[] q = this.q;
    final int actions = this.actions;
    final double keep = this.keep;
    final double alpha = this.alpha;
    final double gamma = this.gamma;
    final double epsilon = this.epsilon;
    final long exploreBound = this.exploreBound;
    final int stepCap = this.stepCap;
    final GreedyRows greedy = this.greedy;
    int s = state;
    int o = observation;
    double episodeReturn = this.episodeReturn;
    int penalties = this.episodePenalties;
    int t = this.steps;
    while (true) {
      int a = greedy.of(o);
      if (explore.nextBelow(exploreBound)) {
        a = explore.nextInt(actions);
      }
      int k = m.outcome(s * actions + a, dynamics);
      int s2 = m.next[k];
      int o2 = m.observe(s2);
      double r = m.reward[k];
      int f = m.flags[k];
      double target = r;
      if ((f & OutcomeFlags.TERMINAL) == 0) {
        target += gamma * expected(q, o2, actions, epsilon);
      }
      int i = o * actions + a;
      double before = q[i];
      q[i] = keep * before + alpha * target;
      greedy.updated(q, o, a, before, q[i]);
      episodeReturn += r;
      penalties += OutcomeFlags.penalty(f);
      t++;
      if ((f & OutcomeFlags.TERMINAL) != 0 || t == stepCap) {
        if (!endedContinuing(t, episodeReturn, penalties, f)) {
          return;
        }
        s2 = state;
        o2 = observation;
        episodeReturn = 0;
        penalties = 0;
        t = 0;
      }
      s = s2;
      o = o2;
    }
  }
}
