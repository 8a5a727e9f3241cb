package dev.qsweep.report;

import dev.qsweep.run.Columns;

/**
 * The per-trial scores that summary.csv aggregates across replicates, with their trials.csv column.
 */
public enum Score {
  /** E[return] / E[steps] of the final greedy policy: what configurations are ranked by. */
  REWARD_PER_MOVE(Columns.Trial.REWARD_PER_MOVE, "reward per move", true),
  /** Expected penalties per episode: the tie-break of the ranking. */
  EXPECTED_PENALTIES(Columns.Trial.EXPECTED_PENALTIES, "penalties per episode", false),
  /** Expected steps per episode. */
  EXPECTED_STEPS(Columns.Trial.EXPECTED_STEPS, "timesteps per trip", false),
  /** Expected return per episode. */
  EXPECTED_RETURN(Columns.Trial.EXPECTED_RETURN, "expected return", true),
  /** Probability of reaching the goal within the time limit. */
  SUCCESS_PROBABILITY(Columns.Trial.SUCCESS_PROBABILITY, "success probability", true),
  /** Optimal expected return minus the policy's. */
  OPTIMALITY_GAP(Columns.Trial.OPTIMALITY_GAP, "optimality gap", false),
  /** Mean return of the training episodes (online performance, exploration included). */
  TRAIN_MEAN_RETURN(Columns.Trial.TRAIN_MEAN_RETURN, "training return per episode", true),
  /** Penalties met during training. */
  TRAIN_PENALTIES(Columns.Trial.TRAIN_PENALTIES, "training penalties", false),
  /**
   * Probability that the greedy policy's episode never ends (0 under a time limit): the first
   * ranking key, since return, steps and penalties are then over the episodes that end. In
   * summary.csv only where trials.csv has it ({@link Columns#trialColumns}).
   */
  NEVER_ENDS_PROBABILITY(
      Columns.Trial.NEVER_ENDS_PROBABILITY, "probability of never ending", false);

  private final Columns.Trial column;
  private final String label;
  private final boolean higherIsBetter;

  Score(Columns.Trial column, String label, boolean higherIsBetter) {
    this.column = column;
    this.label = label;
    this.higherIsBetter = higherIsBetter;
  }

  /** The trials.csv column it is read from. */
  public Columns.Trial column() {
    return column;
  }

  /** The name for people. */
  public String label() {
    return label;
  }

  /** Whether a larger value is better. */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** The column-name stem in summary.csv, for example {@code reward_per_move}. */
  public String key() {
    return column.header();
  }
}
