package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;
import dev.qsweep.util.Argmax;
import java.util.Arrays;

/**
 * A tabular learner over a flat {@code double[]} Q-table indexed {@code observation * actions +
 * action}, acting epsilon-greedily with the lowest-index tie-break.
 *
 * <p>{@link #runEpisode} is the hot loop: it allocates nothing, boxes nothing and logs nothing.
 * Per-episode results are left in fields ({@link #episodeReturn()} and friends) rather than in a
 * returned object. Not thread-safe: a trial owns its learner.
 */
/*
 * Implementation note. The step order is the C yardstick's (shared/bench/taxi_q.c), so that with
 * one shared stream for start states and exploration the two produce the same Q-table bit for bit:
 *   u = explore.nextDouble(); a = u < epsilon ? explore.nextInt(A) : argmax Q(o, .)
 *   k = the outcome of (s, a): in a stochastic model one dynamics draw every step, as Gymnasium's
 *       categorical_sample (a deterministic model draws nothing)
 *   target = r + (terminated ? 0 : gamma * <bootstrap>)     no bootstrap after `terminated`
 *   Q(o, a) = (1 - alpha) * Q(o, a) + alpha * target          the tutorial's form
 *   stop on terminated, or after stepCap steps (truncation: the update above did bootstrap).
 *
 * Each learner writes out its own episode loop instead of sharing one with a virtual "bootstrap"
 * step: a sweep runs several learners in one JVM, and a shared loop's call site would then be
 * megamorphic and lose inlining in the hottest code qsweep has.
 */
public abstract sealed class TabularLearner
    permits QLearning, Sarsa, ExpectedSarsa, DoubleQLearning {
  /** The model stepped on. */
  protected final TabularModel model;

  /** Number of actions. */
  protected final int actions;

  /** The Q-table, {@code observationCount * actions}. */
  protected final double[] q;

  /** The agent's random stream. */
  protected final Xoshiro256StarStar explore;

  /** The environment's random stream (unused by deterministic models). */
  protected final Xoshiro256StarStar dynamics;

  private final boolean deterministic;
  private final boolean hidden;

  double episodeReturn;
  int episodePenalties;
  boolean episodeTerminated;
  boolean episodeSucceeded;

  TabularLearner(
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    this.model = model;
    this.actions = model.actionCount();
    this.q = new double[model.observationCount() * actions];
    Arrays.fill(q, initialQ);
    this.explore = explore;
    this.dynamics = dynamics;
    this.deterministic = model.isDeterministic();
    this.hidden = model.hasHiddenState();
  }

  /**
   * Runs one episode from {@code start} and returns the number of steps taken.
   *
   * @param stepCap the time limit in steps; 0 for none
   */
  public abstract int runEpisode(
      int start, double alpha, double gamma, double epsilon, int stepCap);

  /** The values whose greedy policy is this learner's (for Double Q, the mean of both tables). */
  public double[] greedyValues() {
    return q;
  }

  /** The Q-table itself (live, not a copy). */
  public double[] qTable() {
    return q;
  }

  /** Undiscounted return of the last episode. */
  public double episodeReturn() {
    return episodeReturn;
  }

  /** Penalty outcomes in the last episode. */
  public int episodePenalties() {
    return episodePenalties;
  }

  /** Whether the last episode ended by termination (rather than by the step cap). */
  public boolean episodeTerminated() {
    return episodeTerminated;
  }

  /** Whether the last episode ended at the goal. */
  public boolean episodeSucceeded() {
    return episodeSucceeded;
  }

  /** The observation of state {@code s}. */
  protected final int observe(int s) {
    return hidden ? model.observationOf(s) : s;
  }

  /** Epsilon-greedy on this learner's Q-table at observation {@code o}. */
  protected final int act(int o, double epsilon) {
    if (explore.nextDouble() < epsilon) {
      return explore.nextInt(actions);
    }
    return Argmax.of(q, o * actions, actions);
  }

  /** The outcome index of taking {@code a} in state {@code s}. */
  protected final int outcome(int s, int a) {
    int row = s * actions + a;
    return deterministic ? row : model.sampleOutcome(row, dynamics.nextDouble());
  }

  /** Starts the per-episode bookkeeping. */
  protected final void beginEpisode() {
    episodeReturn = 0;
    episodePenalties = 0;
    episodeTerminated = false;
    episodeSucceeded = false;
  }

  /** Sets the per-episode results at once (for loops that keep them in locals). */
  protected final void finish(
      double episodeReturn, int penalties, boolean terminated, boolean succeeded) {
    this.episodeReturn = episodeReturn;
    this.episodePenalties = penalties;
    this.episodeTerminated = terminated;
    this.episodeSucceeded = succeeded;
  }

  /** Records outcome {@code k}; returns whether it terminated the episode. */
  protected final boolean record(int k) {
    episodeReturn += model.reward(k);
    if (model.isPenalty(k)) {
      episodePenalties++;
    }
    if (model.isTerminal(k)) {
      episodeTerminated = true;
      episodeSucceeded = model.isSuccess(k);
      return true;
    }
    return false;
  }
}
