package dev.qsweep.eval;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Infinite-horizon figures of a policy's Markov chain, per state: the probability that the episode
 * ends, and the expected return, steps, penalties and successes counted over the episodes that end.
 */
/*
 * Implementation note. Let E be the reachable states from which the episode can end (a path of
 * positive-weight outcomes to a terminal one) and Q the policy's transitions among them (outcomes
 * into a state outside E are lost mass: from there the episode never ends). The chain restricted to
 * E is transient, so I - Q is invertible, and with b_T(s) = sum of the terminal outcomes' weights:
 *   a = (I - Q)^-1 b_T                               probability of ending
 *   m = (I - Q)^-1 a                                 E[steps 1{ends}]: a step counts on ending paths
 *   x = (I - Q)^-1 c,  c(s) = sum_k w_k v_k ([terminal_k] + [next_k in E] a(next_k))
 *                                                    E[value 1{ends}] for value = reward, penalty
 *   g = (I - Q)^-1 b_G                               success probability (b_G: success weights)
 * (Kemeny and Snell, Finite Markov Chains, ch. 3; the extra factor a is Doob's h-transform.) When
 * every reachable state is in E the episode ends with probability 1: a = 1 exactly, and m and x are
 * the plain expectations. Up to DENSE_LIMIT states the systems are solved by one LU decomposition
 * (Commons Math); above it by Gauss-Seidel sweeps, which converge because Q is substochastic with
 * spectral radius below 1, until a sweep changes no value by more than 1e-15 relative, or SWEEP_LIMIT
 * sweeps are spent (then an IllegalArgumentException asks for a time limit).
 */
final class AbsorbingChain {
  /** Largest number of states solved by a dense LU decomposition (about a second at 1,500). */
  static final int DENSE_LIMIT = 1500;

  /** Gauss-Seidel sweeps allowed above {@link #DENSE_LIMIT} before giving up. */
  static final int SWEEP_LIMIT = 200_000;

  /** Per-state figures; a state outside E has ends = 0 and NaN elsewhere. */
  record Solution(
      boolean allEnd,
      double[] ends,
      double[] steps,
      double[] ret,
      double[] penalties,
      double[] success) {}

  private AbsorbingChain() {}

  static Solution solve(PolicyOutcomes o, int[] reachable, int stateCount, int denseLimit) {
    boolean[] canEnd = o.canEnd(reachable, stateCount);
    int[] index = new int[stateCount];
    Arrays.fill(index, -1);
    int n = 0;
    boolean allEnd = true;
    for (int s : reachable) {
      if (canEnd[s]) {
        index[s] = n++;
      } else {
        allEnd = false;
      }
    }
    int[] states = new int[n];
    for (int s : reachable) {
      if (index[s] >= 0) {
        states[index[s]] = s;
      }
    }
    Solver solver = n <= denseLimit ? dense(o, states, index) : new GaussSeidel(o, states, index);
    double[] ends = new double[n];
    if (allEnd) {
      Arrays.fill(ends, 1);
    } else {
      ends = solver.solve(rhs(o, states, index, null, null, true));
    }
    double[] steps = solver.solve(ends.clone());
    double[] ret = solver.solve(rhs(o, states, index, o.reward(), ends, false));
    double[] pen = solver.solve(rhs(o, states, index, o.penalty(), ends, false));
    double[] succ = solver.solve(rhs(o, states, index, o.success(), null, false));
    return new Solution(
        allEnd,
        spread(ends, states, stateCount, 0),
        spread(steps, states, stateCount, Double.NaN),
        spread(ret, states, stateCount, Double.NaN),
        spread(pen, states, stateCount, Double.NaN),
        spread(succ, states, stateCount, 0));
  }

  private static double[] spread(double[] values, int[] states, int stateCount, double outside) {
    double[] all = new double[stateCount];
    Arrays.fill(all, outside);
    for (int i = 0; i < states.length; i++) {
      all[states[i]] = values[i];
    }
    return all;
  }

  /**
   * The right-hand side: with {@code terminalOnly}, the terminal weights; with {@code ends} null,
   * the expected immediate {@code value}; otherwise the value weighted by the chance of ending.
   */
  private static double[] rhs(
      PolicyOutcomes o,
      int[] states,
      int[] index,
      double[] value,
      double[] ends,
      boolean terminalOnly) {
    double[] b = new double[states.length];
    for (int i = 0; i < states.length; i++) {
      int s = states[i];
      double sum = 0;
      for (int k = o.first()[s]; k < o.first()[s + 1]; k++) {
        int next = o.next()[k];
        double w = o.weight()[k];
        if (terminalOnly) {
          sum += next < 0 ? w : 0;
        } else if (ends == null) {
          sum += w * value[k];
        } else {
          double endsAfter = next < 0 ? 1 : index[next] >= 0 ? ends[index[next]] : 0;
          sum += w * value[k] * endsAfter;
        }
      }
      b[i] = sum;
    }
    return b;
  }

  /** Solves {@code (I - Q) x = b}. */
  private interface Solver {
    double[] solve(double[] b);
  }

  private static Solver dense(PolicyOutcomes o, int[] states, int[] index) {
    int n = states.length;
    if (n == 0) {
      return b -> b;
    }
    RealMatrix a = new Array2DRowRealMatrix(n, n);
    for (int i = 0; i < n; i++) {
      a.addToEntry(i, i, 1);
      int s = states[i];
      for (int k = o.first()[s]; k < o.first()[s + 1]; k++) {
        int next = o.next()[k];
        if (next >= 0 && index[next] >= 0) {
          a.addToEntry(i, index[next], -o.weight()[k]);
        }
      }
    }
    DecompositionSolver lu = new LUDecomposition(a).getSolver();
    return b -> lu.solve(new ArrayRealVector(b, false)).toArray();
  }

  /** Gauss-Seidel in state order, from 0, until a sweep changes nothing beyond the last bits. */
  private static final class GaussSeidel implements Solver {
    private final PolicyOutcomes o;
    private final int[] states;
    private final int[] index;

    GaussSeidel(PolicyOutcomes o, int[] states, int[] index) {
      this.o = o;
      this.states = states;
      this.index = index;
    }

    @Override
    public double[] solve(double[] b) {
      double[] x = new double[states.length];
      for (int sweep = 0; sweep < SWEEP_LIMIT; sweep++) {
        boolean changed = false;
        for (int i = 0; i < states.length; i++) {
          int s = states[i];
          double sum = b[i];
          double self = 0;
          for (int k = o.first()[s]; k < o.first()[s + 1]; k++) {
            int next = o.next()[k];
            if (next >= 0 && index[next] >= 0) {
              if (next == s) {
                self += o.weight()[k];
              } else {
                sum += o.weight()[k] * x[index[next]];
              }
            }
          }
          double v = sum / (1 - self);
          // Settled to the last bits: a relative change of 1e-15 per sweep leaves an error of at
          // most 1e-15 times the expected episode length, relative.
          changed |= Math.abs(v - x[i]) > 1e-15 * Math.abs(v);
          x[i] = v;
        }
        if (!changed) {
          return x;
        }
      }
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "exact scoring without a time limit did not settle in %,d sweeps over %,d states;"
                  + " set max_episode_steps to score under a limit",
              SWEEP_LIMIT,
              states.length));
    }
  }
}
