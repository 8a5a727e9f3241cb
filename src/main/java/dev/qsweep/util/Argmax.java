package dev.qsweep.util;

/**
 * Greedy choice over a row of a flat Q-table. The tie-break is part of the contract: the lowest
 * index wins, as {@code np.argmax} breaks ties, so a policy read from a fresh (all-equal) table is
 * "always action 0", exactly as the tutorial's.
 */
/*
 * Implementation note. The plain scan (`if (v > best) { best = v; index = a; }`) compiles to a
 * conditional branch per action, and on a learned table those branches are data-dependent and
 * mispredicted; a mispredict also threw away the work of the other lanes in flight when lanes
 * stepped in lockstep (Lanes), so four interleaved lanes ran *slower* per step than one. gcc makes the C yardstick's loop
 * branch-free (maxsd + cmov); C2 keeps the branch whenever a double is selected. So rows of 4 and
 * 6 actions (FrozenLake, CliffWalking; Taxi) take a branch-free tournament:
 *   - "b > a" is the sign bit of (a - b) + 0.0: for finite a and b the difference is never NaN,
 *     overflow keeps its sign, it is +0.0 exactly when a == b, and "+ 0.0" turns the -0.0 of
 *     (-0.0) - (+0.0) into +0.0, so the bit is 1 exactly when b > a;
 *   - pairs are decided by that bit (the lower index wins ties), then the pairs' maxima
 *     (Math.max, a branch-free intrinsic; ±0 do not matter to the next comparison) likewise, the
 *     lower pair winning ties: so the winner is the lowest index among the maxima, the scan's;
 *   - if any value is not finite (NaN, or an infinity, or a sum that overflows) the row takes the
 *     scan instead, whose NaN rules (a NaN never wins, a NaN first stops every later win) are the
 *     contract. The check is a sum off the critical path and a branch that is never taken.
 */
public final class Argmax {
  private Argmax() {}

  /** Index, relative to {@code from}, of the largest of {@code q[from .. from + count - 1]}. */
  public static int of(double[] q, int from, int count) {
    if (count == 6) {
      return of6(q, from);
    }
    if (count == 4) {
      return of4(q, from);
    }
    return scan(q, from, count);
  }

  /**
   * The definition, as a plain loop: the first index whose value is greater than every value before
   * it. Small compiled code, for callers that scan rarely ({@link #of} is faster per row).
   */
  public static int scan(double[] q, int from, int count) {
    int best = 0;
    double bestValue = q[from];
    for (int a = 1; a < count; a++) {
      double v = q[from + a];
      if (v > bestValue) {
        bestValue = v;
        best = a;
      }
    }
    return best;
  }

  /** 1 if {@code b > a}, else 0; for finite {@code a} and {@code b} only. */
  private static int above(double a, double b) {
    return (int) (Double.doubleToRawLongBits((a - b) + 0.0) >>> 63);
  }

  private static int of6(double[] q, int from) {
    double v0 = q[from];
    double v1 = q[from + 1];
    double v2 = q[from + 2];
    double v3 = q[from + 3];
    double v4 = q[from + 4];
    double v5 = q[from + 5];
    int g01 = above(v0, v1);
    int g23 = 2 + above(v2, v3);
    int g45 = 4 + above(v4, v5);
    double m01 = Math.max(v0, v1);
    double m23 = Math.max(v2, v3);
    int g03 = g01 + ((g23 - g01) & -above(m01, m23));
    int best = g03 + ((g45 - g03) & -above(Math.max(m01, m23), Math.max(v4, v5)));
    if (!Double.isFinite((v0 + v1) + (v2 + v3) + (v4 + v5))) {
      return scan(q, from, 6);
    }
    return best;
  }

  private static int of4(double[] q, int from) {
    double v0 = q[from];
    double v1 = q[from + 1];
    double v2 = q[from + 2];
    double v3 = q[from + 3];
    int g01 = above(v0, v1);
    int g23 = 2 + above(v2, v3);
    int best = g01 + ((g23 - g01) & -above(Math.max(v0, v1), Math.max(v2, v3)));
    if (!Double.isFinite((v0 + v1) + (v2 + v3))) {
      return scan(q, from, 4);
    }
    return best;
  }

  /** The largest of {@code q[from .. from + count - 1]}. */
  public static double max(double[] q, int from, int count) {
    double m = q[from];
    for (int a = 1; a < count; a++) {
      double v = q[from + a];
      m = v > m ? v : m;
    }
    return m;
  }
}
