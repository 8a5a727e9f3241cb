package dev.qsweep.eval;

import dev.qsweep.env.TabularModel;

/**
 * Exact scores of a deterministic policy on a deterministic model: one episode per start state,
 * finished in closed form once it loops, so the cost is O(states) whatever the step limit.
 */
/*
 * Implementation note. On a deterministic model a deterministic policy's episode is a path that
 * either terminates or, within stateCount steps, revisits a state and then repeats the same cycle
 * forever. Each step records the return and penalties so far (pathReturn[t], pathPenalties[t]) and
 * the step at which each state was first seen (stamped per episode, so nothing is cleared). On a
 * revisit at step t of a state first seen at step t0, the cycle has length L = t - t0 and gains
 * (return so far) - pathReturn[t0] per turn: under a limit H the rest of the episode is
 * q = (H - t) / L whole turns plus the first (H - t) % L steps of the cycle; without a limit the
 * episode never ends. A 10^9-step limit costs what a 200-step one does.
 */
final class Rollouts {
  private final TabularModel model;
  private final int[] seenIn;
  private final int[] firstStep;
  private final double[] pathReturn;
  private final long[] pathPenalties;
  private int episode;

  Rollouts(TabularModel model) {
    this.model = model;
    int states = model.stateCount();
    this.seenIn = new int[states];
    this.firstStep = new int[states];
    this.pathReturn = new double[states + 1];
    this.pathPenalties = new long[states + 1];
  }

  /** One episode's outcome: whether it ended at all, and its totals if it did or was cut. */
  static final class Episode {
    boolean ends;
    boolean success;
    double steps;
    double ret;
    double penalties;
  }

  /**
   * Runs the episode from {@code start} under {@code horizon} steps (0 for none) into {@code e}.
   */
  void run(int[] policy, int start, int horizon, Episode e) {
    int actions = model.actionCount();
    if (episode == Integer.MAX_VALUE) {
      java.util.Arrays.fill(seenIn, 0);
      episode = 0;
    }
    episode++;
    int s = start;
    double ret = 0;
    long penalties = 0;
    int t = 0;
    e.ends = true;
    e.success = false;
    while (horizon == 0 || t < horizon) {
      if (seenIn[s] == episode) {
        int t0 = firstStep[s];
        int length = t - t0;
        if (horizon == 0) {
          e.ends = false;
          break;
        }
        long remaining = (long) horizon - t;
        long turns = remaining / length;
        int rest = (int) (remaining % length);
        ret += turns * (ret - pathReturn[t0]) + (pathReturn[t0 + rest] - pathReturn[t0]);
        penalties +=
            turns * (penalties - pathPenalties[t0])
                + (pathPenalties[t0 + rest] - pathPenalties[t0]);
        t = horizon;
        break;
      }
      seenIn[s] = episode;
      firstStep[s] = t;
      pathReturn[t] = ret;
      pathPenalties[t] = penalties;
      int k = s * actions + policy[model.observationOf(s)];
      ret += model.reward(k);
      if (model.isPenalty(k)) {
        penalties++;
      }
      t++;
      if (model.isTerminal(k)) {
        e.success = model.isSuccess(k);
        break;
      }
      s = model.nextState(k);
    }
    e.steps = t;
    e.ret = ret;
    e.penalties = penalties;
  }
}
