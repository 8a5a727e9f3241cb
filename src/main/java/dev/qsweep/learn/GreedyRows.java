package dev.qsweep.learn;

import dev.qsweep.util.Argmax;

/**
 * The greedy action of every row of one Q-table, kept equal to {@link Argmax#of} of the row through
 * every single-entry update ({@link #updated}), so that a step reads its greedy action instead of
 * scanning a row. Not thread-safe: it belongs to one learner.
 */
/*
 * Implementation note. An argmax per step was the largest part of a step's instructions (about 60
 * of 150 for Taxi), and it sat on the chain every step waits for (row -> argmax -> action -> next
 * row). One update changes one entry, so the greedy action of its row can only change in two
 * ways:
 *   - the greedy entry itself went down (or became NaN): the row is scanned again;
 *   - another entry reached the greedy value (or became NaN or +infinity): the row is scanned again.
 * Otherwise it stays, exactly: the greedy entry g is the first whose value exceeds all before it
 * (Argmax's contract). If it went up, the entries before g are still below it, so g stays first; if
 * an entry a != g stays below q[g], it cannot come before g or beat it. NaN and infinities take the
 * scan through the negated comparisons, so no row needs to be finite. On Taxi-v3 with the
 * tutorial's settings the scan runs on about 3 steps in 100 once the first 10,000 episodes are
 * past (the greedy value mostly rises): a branch the processor predicts.
 */
final class GreedyRows {
  private final int actions;
  private final int[] greedy;

  /** The greedy action of each row of {@code q} (rows of {@code actions} entries), as it is now. */
  GreedyRows(double[] q, int actions) {
    this.actions = actions;
    this.greedy = new int[q.length / actions];
    for (int o = 0; o < greedy.length; o++) {
      greedy[o] = Argmax.of(q, o * actions, actions);
    }
  }

  /** The greedy action of row {@code o}: {@code Argmax.of(q, o * actions, actions)}. */
  int of(int o) {
    return greedy[o];
  }

  /**
   * Accounts for {@code q[o * actions + a]} having just changed from {@code before} to its value
   * now, {@code after}.
   */
  void updated(double[] q, int o, int a, double before, double after) {
    updated(q, o, a, greedy[o], before, after);
  }

  /**
   * {@link #updated(double[], int, int, double, double)} given row {@code o}'s greedy action,
   * {@code g}.
   */
  void updated(double[] q, int o, int a, int g, double before, double after) {
    int from = o * actions;
    if (a == g ? !(after >= before) : !(after < q[from + g])) {
      // The plain loop, not Argmax.of: this path is rare, and the branch-free rows would make the
      // step's compiled code too big for the JIT to inline it into the lanes' loop.
      greedy[o] = Argmax.scan(q, from, actions);
    }
  }
}
