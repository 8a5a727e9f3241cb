package dev.qsweep.learn;

import dev.qsweep.env.OutcomeFlags;
import dev.qsweep.env.TabularModel;

/**
 * SARSA: bootstrap on {@code Q(s', a')} for the action {@code a'} the agent will take next (Sutton
 * and Barto, section 6.4). After truncation it still picks {@code a'} to bootstrap on.
 */
public final class Sarsa extends TabularLearner {
  private final GreedyRows greedy;
  private int action;

  Sarsa(
      Outcomes outcomes,
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    super(outcomes, model, initialQ, explore, dynamics);
    this.greedy = new GreedyRows(q, actions);
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
    double before = q[i];
    if ((m.flags[k] & OutcomeFlags.TERMINAL) != 0) {
      q[i] = keep * before + alpha * m.reward[k];
      greedy.updated(q, o, a, before, q[i]);
      return record(k);
    }
    int s2 = m.next[k];
    int o2 = m.observe(s2);
    int a2 = act(o2);
    q[i] = keep * before + alpha * (m.reward[k] + gamma * q[o2 * actions + a2]);
    greedy.updated(q, o, a, before, q[i]);
    state = s2;
    observation = o2;
    action = a2;
    return record(k);
  }

  /** Epsilon-greedy at observation {@code o}: the draws of {@code TabularLearner}'s contract. */
  private int act(int o) {
    if (explore.nextBelow(exploreBound)) {
      return explore.nextInt(actions);
    }
    return greedy.of(o);
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
    final int stepCap = this.stepCap;
    final GreedyRows greedy = this.greedy;
    int s = state;
    int o = observation;
    int a = action;
    double episodeReturn = this.episodeReturn;
    int penalties = this.episodePenalties;
    int t = this.steps;
    while (true) {
      int k = m.outcome(s * actions + a, dynamics);
      int i = o * actions + a;
      double before = q[i];
      double r = m.reward[k];
      int f = m.flags[k];
      if ((f & OutcomeFlags.TERMINAL) != 0) {
        q[i] = keep * before + alpha * r;
        greedy.updated(q, o, a, before, q[i]);
      } else {
        int s2 = m.next[k];
        int o2 = m.observe(s2);
        int a2 = act(o2);
        q[i] = keep * before + alpha * (r + gamma * q[o2 * actions + a2]);
        greedy.updated(q, o, a, before, q[i]);
        s = s2;
        o = o2;
        a = a2;
      }
      episodeReturn += r;
      penalties += OutcomeFlags.penalty(f);
      t++;
      if ((f & OutcomeFlags.TERMINAL) != 0 || t == stepCap) {
        if (!endedContinuing(t, episodeReturn, penalties, f)) {
          return;
        }
        s = state;
        o = observation;
        a = action;
        episodeReturn = 0;
        penalties = 0;
        t = 0;
      }
    }
  }
}
