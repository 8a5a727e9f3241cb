package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A model's outcomes copied into the layout the episode loops read: every row padded to the same
 * number of outcome slots, so that outcome {@code j} of row {@code i} is slot {@code i * width +
 * j}. A deterministic model has width 1, and its slot is its row, as in the model. Immutable; all
 * learners of one model share one ({@link #of}).
 */
/*
 * Implementation note. Sampling is Gymnasium's categorical_sample, as TabularModel.sampleOutcome
 * writes it: the first outcome whose running sum of probabilities (summed in Gymnasium's outcome
 * order) exceeds u, the row's last outcome if none does. The running sums are precomputed here
 * with the same additions in the same order, so they are the same doubles. Sums of non-negative
 * numbers never decrease, so "the first outcome whose sum exceeds u" is "the number of sums that
 * do not exceed u": a count with no data-dependent branch, over width - 1 sums, where the sums
 * past a row's second-to-last outcome are +infinity (never counted). Same outcome for every u
 * as TabularModel.sampleOutcome, so same results bit for bit.
 */
final class Outcomes {
  final int actions;
  final int width;
  final int[] next;
  final double[] reward;
  final byte[] flags;

  /** {@code width - 1} running sums per row; empty for a deterministic model. */
  final double[] bounds;

  /** What the agent sees in each state; null when it sees the state itself. */
  final int[] observation;

  /**
   * For a deterministic model the agent sees whole, each row's outcome in one int: the next state
   * in the low {@link #STATE_BITS} bits, then the flags, then the index of the reward in {@link
   * #rewards}; null for any other model, or one with more states or distinct rewards than fit.
   */
  final int[] packed;

  /** The distinct rewards {@link #packed} indexes, in order of first appearance; null with it. */
  final double[] rewards;

  static final int STATE_BITS = 24;
  static final int STATE_MASK = (1 << STATE_BITS) - 1;
  static final int FLAG_SHIFT = STATE_BITS;
  static final int REWARD_SHIFT = FLAG_SHIFT + 3;
  private static final int MAX_REWARDS = 1 << (Integer.SIZE - REWARD_SHIFT);

  private Outcomes(TabularModel model) {
    this.actions = model.actionCount();
    int rows = model.stateCount() * actions;
    int widest = 1;
    for (int i = 0; i < rows; i++) {
      widest = Math.max(widest, model.firstOutcome(i + 1) - model.firstOutcome(i));
    }
    this.width = model.isDeterministic() ? 1 : widest;
    this.next = new int[rows * width];
    this.reward = new double[rows * width];
    this.flags = new byte[rows * width];
    this.bounds = new double[rows * (width - 1)];
    Arrays.fill(bounds, Double.POSITIVE_INFINITY);
    for (int i = 0; i < rows; i++) {
      int first = model.firstOutcome(i);
      int end = model.firstOutcome(i + 1);
      double cumulative = 0;
      for (int k = first; k < end; k++) {
        int slot = i * width + (k - first);
        next[slot] = model.nextState(k);
        reward[slot] = model.reward(k);
        flags[slot] = model.flags(k);
        if (k < end - 1) {
          cumulative += model.probability(k);
          bounds[i * (width - 1) + (k - first)] = cumulative;
        }
      }
    }
    if (model.hasHiddenState()) {
      this.observation = new int[model.stateCount()];
      Arrays.setAll(observation, model::observationOf);
    } else {
      this.observation = null;
    }
    double[] distinct =
        width == 1 && observation == null && model.stateCount() <= STATE_MASK + 1
            ? distinctRewards(reward, MAX_REWARDS)
            : null;
    if (distinct != null) {
      this.packed = new int[rows];
      this.rewards = distinct;
      for (int i = 0; i < rows; i++) {
        int r = indexOf(distinct, distinct.length, reward[i]);
        packed[i] = next[i] | flags[i] << FLAG_SHIFT | r << REWARD_SHIFT;
      }
    } else {
      this.packed = null;
      this.rewards = null;
    }
  }

  /**
   * The distinct values of {@code values} (bit for bit), in order; null if there are over {@code
   * most}.
   */
  private static double[] distinctRewards(double[] values, int most) {
    double[] distinct = new double[most];
    int count = 0;
    for (double v : values) {
      if (indexOf(distinct, count, v) < 0) {
        if (count == most) {
          return null;
        }
        distinct[count++] = v;
      }
    }
    return Arrays.copyOf(distinct, count);
  }

  /** The index of {@code v} among {@code values[0 .. count - 1]} (bit for bit); -1 if absent. */
  private static int indexOf(double[] values, int count, double v) {
    for (int i = 0; i < count; i++) {
      if (Double.doubleToRawLongBits(values[i]) == Double.doubleToRawLongBits(v)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The outcome tables of {@code model}: one copy per model, shared by every learner and thread
   * that trains on it.
   */
  static Outcomes of(TabularModel model) {
    synchronized (BY_MODEL) {
      Outcomes outcomes = BY_MODEL.get(model);
      if (outcomes == null) {
        outcomes = new Outcomes(model);
        BY_MODEL.put(model, outcomes);
      }
      return outcomes;
    }
  }

  /*
   * One copy per model, not per trial: a sweep trains many trials on one model, and copying the
   * tables for each ran the copy loop hot enough for the JIT to compile it in the middle of the
   * sweep (0.27 s of compiler time under -XX:+LogCompilation on 16 Taxi trials, taken from the
   * workers on two cores). Sharing is safe: the tables are immutable and published through final
   * fields. Weak keys let a model no longer used be collected with its copy; the copy holds no
   * reference back to its model. TabularModel is final and keeps Object's equals, so the map's keys
   * are identities. A WeakHashMap under one lock, not Guava's cache: loading the cache's classes
   * on a sweep's first trial kept both workers from training (from the sweep's start to its first
   * training step: 64 to 86 ms with the cache, 31 to 47 without; three alternating runs of 16
   * Taxi-v3 trials on 2 threads). The lock is held while a copy is built, once per model.
   */
  private static final Map<TabularModel, Outcomes> BY_MODEL = new WeakHashMap<>();

  /**
   * The slot of the outcome of row {@code row}: the row itself in a deterministic model, else one
   * draw from {@code dynamics}, as Gymnasium draws one for every step of a stochastic model.
   */
  int outcome(int row, Xoshiro256StarStar dynamics) {
    if (width == 1) {
      return row;
    }
    return sample(row, dynamics.nextDouble());
  }

  /** The slot of the outcome of row {@code row} for a uniform draw {@code u} in [0, 1). */
  int sample(int row, double u) {
    int from = row * (width - 1);
    int slot = row * width;
    for (int j = 0; j < width - 1; j++) {
      slot += bounds[from + j] <= u ? 1 : 0;
    }
    return slot;
  }

  /** The observation of state {@code s}. */
  int observe(int s) {
    return observation == null ? s : observation[s];
  }
}
