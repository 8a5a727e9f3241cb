package dev.qsweep.learn;

import dev.qsweep.env.OutcomeFlags;
import dev.qsweep.env.TabularModel;

/**
 * Q-learning as the tutorial writes it: {@code Q <- (1 - alpha) Q + alpha (r + gamma max_a' Q(s',
 * a'))}, with no bootstrap after termination (Sutton and Barto, section 6.5).
 */
/*
 * Implementation note. The greedy action of every row is kept current through each update
 * (GreedyRows), so a step scans no row: the bootstrap max is Q(o', greedy(o')), read before this
 * step's update as the plain loop reads it, and the next action's greedy part is greedy(o') read
 * after it (the update may have changed that row, when o' == o). Same draws, same arithmetic,
 * same Q-table bit for bit as scanning.
 */
public final class QLearning extends TabularLearner {
  private final GreedyRows greedy;

  QLearning(
      Outcomes outcomes,
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    super(outcomes, model, initialQ, explore, dynamics);
    this.greedy = new GreedyRows(q, actions);
  }

  @Override
  void finishEpisode() {
    if (outcomes.packed != null) {
      finishPacked();
    } else {
      finishAny();
    }
  }

  /*
   * finishAny() for a deterministic model the agent sees whole (Taxi-v3, CliffWalking, the dry
   * lakes): the observation is the state, so one variable fewer is live; a step reads one int of
   * the packed outcome table instead of three tables (a third of their bytes, so more of the
   * Q-table stays in the first-level cache); and the greedy action read for the choice is the one
   * the update compares against (nothing writes it in between). Same arithmetic, same results.
   */
  private void finishPacked() {
    final int[] packed = outcomes.packed;
    final double[] rewards = outcomes.rewards;
    final double[] q = this.q;
    final int actions = this.actions;
    final double keep = this.keep;
    final double alpha = this.alpha;
    final double gamma = this.gamma;
    final long exploreBound = this.exploreBound;
    final int stepCap = this.stepCap;
    final GreedyRows greedy = this.greedy;
    int s = state;
    double episodeReturn = this.episodeReturn;
    int penalties = this.episodePenalties;
    int t = this.steps;
    while (true) {
      int g = greedy.of(s);
      int a = g;
      if (explore.nextBelow(exploreBound)) {
        a = explore.nextInt(actions);
      }
      int k = s * actions + a;
      int outcome = packed[k];
      int s2 = outcome & Outcomes.STATE_MASK;
      double max = q[s2 * actions + greedy.of(s2)];
      double r = rewards[outcome >>> Outcomes.REWARD_SHIFT];
      int f = outcome >>> Outcomes.FLAG_SHIFT;
      double target = r;
      if ((f & OutcomeFlags.TERMINAL) == 0) {
        target += gamma * max;
      }
      double before = q[k];
      double after = keep * before + alpha * target;
      q[k] = after;
      greedy.updated(q, s, a, g, before, after);
      episodeReturn += r;
      penalties += OutcomeFlags.penalty(f);
      t++;
      if ((f & OutcomeFlags.TERMINAL) != 0 || t == stepCap) {
        if (!endedContinuing(t, episodeReturn, penalties, f)) {
          return;
        }
        s2 = state;
        episodeReturn = 0;
        penalties = 0;
        t = 0;
      }
      s = s2;
    }
  }

  /*
   * The same steps as step(), with the episode's state in locals rather than fields, where the JIT
   * keeps it in registers; on through the episodes its plan allows, whose hyperparameters are this
   * one's.
   */
  private void finishAny() {
    final Outcomes m = outcomes;
    final double[] q = this.q;
    final int actions = this.actions;
    final double keep = this.keep;
    final double alpha = this.alpha;
    final double gamma = this.gamma;
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
      double max = q[o2 * actions + greedy.of(o2)];
      double r = m.reward[k];
      int f = m.flags[k];
      double target = r;
      if ((f & OutcomeFlags.TERMINAL) == 0) {
        target += gamma * max;
      }
      int i = o * actions + a;
      double before = q[i];
      double after = keep * before + alpha * target;
      q[i] = after;
      greedy.updated(q, o, a, before, after);
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

  @Override
  boolean step() {
    final Outcomes m = outcomes;
    final double[] q = this.q;
    final int actions = this.actions;
    final GreedyRows greedy = this.greedy;
    int o = observation;
    int a = greedy.of(o);
    if (explore.nextBelow(exploreBound)) {
      a = explore.nextInt(actions);
    }
    int k = m.outcome(state * actions + a, dynamics);
    int s2 = m.next[k];
    int o2 = m.observe(s2);
    double max = q[o2 * actions + greedy.of(o2)];
    double r = m.reward[k];
    int f = m.flags[k];
    double target = r;
    if ((f & OutcomeFlags.TERMINAL) == 0) {
      target += gamma * max;
    }
    int i = o * actions + a;
    double before = q[i];
    double after = keep * before + alpha * target;
    q[i] = after;
    greedy.updated(q, o, a, before, after);
    state = s2;
    observation = o2;
    return ended(r, f);
  }
}
