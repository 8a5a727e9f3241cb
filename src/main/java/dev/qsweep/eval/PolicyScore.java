package dev.qsweep.eval;

/**
 * The exact score of a policy from the initial distribution, under a step limit or over the
 * infinite horizon.
 *
 * <p>Under a step limit every episode ends (by termination or truncation), so {@code
 * neverEndsProbability} is 0. Without one ({@code horizon == 0}), an episode may go on forever; the
 * expected return, steps and penalties are then <em>conditional on the episode ending</em> (the
 * unconditional expected steps are infinite whenever {@code neverEndsProbability > 0}), and they
 * are NaN when no episode ends. The success probability is never conditional.
 *
 * @param expectedReturn expected undiscounted sum of rewards per episode
 * @param expectedSteps expected number of steps per episode (the tutorial's "timesteps per trip")
 * @param expectedPenalties expected number of penalty outcomes per episode
 * @param successProbability probability that the episode ends at the goal (within the limit)
 * @param horizon the step limit the score was computed under; 0 for none (infinite horizon)
 * @param neverEndsProbability probability that an episode never ends (0 under a step limit)
 */
public record PolicyScore(
    double expectedReturn,
    double expectedSteps,
    double expectedPenalties,
    double successProbability,
    int horizon,
    double neverEndsProbability) {

  /** A score under a step limit, where every episode ends. */
  public PolicyScore(
      double expectedReturn,
      double expectedSteps,
      double expectedPenalties,
      double successProbability,
      int horizon) {
    this(expectedReturn, expectedSteps, expectedPenalties, successProbability, horizon, 0);
  }

  /**
   * The tutorial's "average reward per move", pooled: {@code E[return] / E[steps]} (NaN when the
   * expected number of steps is 0).
   */
  public double rewardPerMove() {
    return expectedSteps == 0 ? Double.NaN : expectedReturn / expectedSteps;
  }

  /** Whether the expectations are conditional on the episode ending (some episodes never end). */
  public boolean conditionalOnEnding() {
    return neverEndsProbability > 0;
  }
}
