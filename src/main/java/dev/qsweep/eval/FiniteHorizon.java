package dev.qsweep.eval;

import java.util.Arrays;

/**
 * Finite-horizon dynamic programming over (state, steps left) for one policy's outcomes: the
 * expected return, steps, penalties and success probability of every state with {@code horizon}
 * steps left (the recurrences are in {@link PolicyEvaluator}'s implementation note).
 *
 * <p>Owns its work arrays, so solving again for the same model allocates nothing. Not thread-safe.
 */
final class FiniteHorizon {
  private double[] ret;
  private double[] steps;
  private double[] penalties;
  private double[] success;
  private double[] nextRet;
  private double[] nextSteps;
  private double[] nextPenalties;
  private double[] nextSuccess;

  FiniteHorizon(int states) {
    ret = new double[states];
    steps = new double[states];
    penalties = new double[states];
    success = new double[states];
    nextRet = new double[states];
    nextSteps = new double[states];
    nextPenalties = new double[states];
    nextSuccess = new double[states];
  }

  /** Solves over the {@code reachable} states; read the figures with the accessors until next. */
  void solve(PolicyOutcomes o, int[] reachable, int horizon) {
    Arrays.fill(ret, 0);
    Arrays.fill(steps, 0);
    Arrays.fill(penalties, 0);
    Arrays.fill(success, 0);
    for (int n = 1; n <= horizon; n++) {
      boolean changed = false;
      for (int s : reachable) {
        double r = 0;
        double l = 0;
        double pen = 0;
        double g = 0;
        for (int k = o.first()[s]; k < o.first()[s + 1]; k++) {
          double w = o.weight()[k];
          double rk = o.reward()[k];
          double lk = 1;
          double ck = o.penalty()[k];
          double gk = o.success()[k];
          int next = o.next()[k];
          if (next >= 0) {
            rk += ret[next];
            lk += steps[next];
            ck += penalties[next];
            gk += success[next];
          }
          r += w * rk;
          l += w * lk;
          pen += w * ck;
          g += w * gk;
        }
        changed |= r != ret[s] || l != steps[s] || pen != penalties[s] || g != success[s];
        nextRet[s] = r;
        nextSteps[s] = l;
        nextPenalties[s] = pen;
        nextSuccess[s] = g;
      }
      double[] swap = ret;
      ret = nextRet;
      nextRet = swap;
      swap = steps;
      steps = nextSteps;
      nextSteps = swap;
      swap = penalties;
      penalties = nextPenalties;
      nextPenalties = swap;
      swap = success;
      success = nextSuccess;
      nextSuccess = swap;
      if (!changed) {
        // A sweep that changed no bit is a fixed point of the (deterministic) update: every later
        // sweep would give these same bits, so stopping here is exact, not an approximation.
        break;
      }
    }
  }

  /** Expected return per state, from the last {@link #solve}. */
  double[] ret() {
    return ret;
  }

  /** Expected steps per state, from the last {@link #solve}. */
  double[] steps() {
    return steps;
  }

  /** Expected penalties per state, from the last {@link #solve}. */
  double[] penalties() {
    return penalties;
  }

  /** Success probability per state, from the last {@link #solve}. */
  double[] success() {
    return success;
  }
}
