package dev.qsweep.eval;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.TabularModel;

/**
 * Value iteration: the optimal action values {@code Q*} of a model at a discount {@code gamma}
 * (Sutton and Barto, section 4.4).
 */
/*
 * Implementation note. Synchronous (Jacobi) sweeps, so the result does not depend on state order:
 * Q(s,a) = sum_k p_k (r_k + (terminal_k ? 0 : gamma * max_b Q(s'_k, b))), until the largest change
 * in a sweep is below the tolerance. With gamma = 1 the iteration still converges on the toy-text
 * models (every improper policy has return -infinity or a bounded non-positive sum), but slowly;
 * the sweep limit stops it and the result says so.
 */
public final class ValueIteration {
  /** Default stopping tolerance on the largest change of a Q-value in one sweep. */
  public static final double DEFAULT_TOLERANCE = 1e-12;

  /** Default limit on sweeps. */
  public static final int DEFAULT_MAX_SWEEPS = 1_000_000;

  /**
   * The result of value iteration.
   *
   * @param q action values indexed {@code state * actions + action}
   * @param sweeps number of sweeps done
   * @param residual largest change in the last sweep
   * @param converged whether the residual fell below the tolerance
   */
  public record Solution(double[] q, int sweeps, double residual, boolean converged) {
    /** {@code V*(s) = max_a Q*(s, a)}. */
    public double value(int state, int actions) {
      double best = q[state * actions];
      for (int a = 1; a < actions; a++) {
        best = Math.max(best, q[state * actions + a]);
      }
      return best;
    }
  }

  private ValueIteration() {}

  /** Solves {@code model} at {@code gamma} with the default tolerance and sweep limit. */
  public static Solution solve(TabularModel model, double gamma) {
    return solve(model, gamma, DEFAULT_TOLERANCE, DEFAULT_MAX_SWEEPS);
  }

  /**
   * Solves {@code model} at {@code gamma}.
   *
   * @throws IllegalArgumentException if gamma is outside [0, 1] or the tolerance is not positive
   */
  public static Solution solve(TabularModel model, double gamma, double tolerance, int maxSweeps) {
    checkArgument(gamma >= 0 && gamma <= 1, "gamma must be in [0, 1], got %s", gamma);
    checkArgument(tolerance > 0, "tolerance must be positive, got %s", tolerance);
    checkArgument(maxSweeps > 0, "maxSweeps must be positive, got %s", maxSweeps);
    int states = model.stateCount();
    int actions = model.actionCount();
    double[] q = new double[states * actions];
    double[] v = new double[states];
    double residual = Double.POSITIVE_INFINITY;
    int sweep = 0;
    while (sweep < maxSweeps && residual >= tolerance) {
      residual = 0;
      for (int row = 0; row < states * actions; row++) {
        double value = 0;
        for (int k = model.firstOutcome(row); k < model.firstOutcome(row + 1); k++) {
          double target = model.reward(k);
          if (!model.isTerminal(k)) {
            target += gamma * v[model.nextState(k)];
          }
          value += model.probability(k) * target;
        }
        double change = Math.abs(value - q[row]);
        if (change > residual) {
          residual = change;
        }
        q[row] = value;
      }
      for (int s = 0; s < states; s++) {
        double best = q[s * actions];
        for (int a = 1; a < actions; a++) {
          best = Math.max(best, q[s * actions + a]);
        }
        v[s] = best;
      }
      sweep++;
    }
    return new Solution(q, sweep, residual, residual < tolerance);
  }
}
