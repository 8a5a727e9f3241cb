package dev.qsweep.learn;

import dev.qsweep.env.OutcomeFlags;
import dev.qsweep.env.TabularModel;
import java.util.Arrays;

/**
 * Double Q-learning (Sutton and Barto, section 6.7): tables A and B; the agent acts
 * epsilon-greedily on A + B; each step a fair coin picks the table to update, which bootstraps on
 * the other table's value of its own greedy action.
 */
/*
 * Implementation note. No step scans a row: the greedy actions of A, of B and of A + B are kept
 * current through each update (GreedyRows), the last over a table of the sums, which holds the
 * very doubles q[i] + other[i] the agent acts on.
 */
public final class DoubleQLearning extends TabularLearner {
  private final double[] other;
  private final double[] sum;
  private final double[] mean;
  private final GreedyRows greedyFirst;
  private final GreedyRows greedyOther;
  private final GreedyRows greedySum;

  DoubleQLearning(
      Outcomes outcomes,
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    super(outcomes, model, initialQ, explore, dynamics);
    this.other = new double[q.length];
    Arrays.fill(other, initialQ);
    this.sum = new double[q.length];
    for (int i = 0; i < q.length; i++) {
      sum[i] = q[i] + other[i];
    }
    this.mean = new double[q.length];
    this.greedyFirst = new GreedyRows(q, actions);
    this.greedyOther = new GreedyRows(other, actions);
    this.greedySum = new GreedyRows(sum, actions);
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
    GreedyRows greedy = updateFirst ? greedyFirst : greedyOther;
    double target = m.reward[k];
    if ((m.flags[k] & OutcomeFlags.TERMINAL) == 0) {
      target += gamma * judge[o2 * actions + greedy.of(o2)];
    }
    int i = o * actions + a;
    double before = updated[i];
    updated[i] = keep * before + alpha * target;
    greedy.updated(updated, o, a, before, updated[i]);
    double sumBefore = sum[i];
    sum[i] = q[i] + other[i];
    greedySum.updated(sum, o, a, sumBefore, sum[i]);
    state = s2;
    observation = o2;
    return record(k);
  }

  private int actOnSum(int o) {
    if (explore.nextBelow(exploreBound)) {
      return explore.nextInt(actions);
    }
    return greedySum.of(o);
  }

  @Override
  void finishEpisode() {
    while (!step()) {
      // each step updates the fields; the loop only asks whether to hand control back
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
