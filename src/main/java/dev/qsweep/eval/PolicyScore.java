package dev.qsweep.eval;

/**
 * The exact score of a policy from the initial distribution under a step limit.
 *
 * @param expectedReturn expected undiscounted sum of rewards per episode
 * @param expectedSteps expected number of steps per episode (the tutorial's "timesteps per trip")
 * @param expectedPenalties expected number of penalty outcomes per episode
 * @param successProbability probability that the episode ends at the goal within the limit
 * @param horizon the step limit the score was computed under
 */
public record PolicyScore(
    double expectedReturn,
    double expectedSteps,
    double expectedPenalties,
    double successProbability,
    int horizon) {

  /**
   * The tutorial's "average reward per move", pooled: {@code E[return] / E[steps]} (NaN when the
   * expected number of steps is 0).
   */
  public double rewardPerMove() {
    return expectedSteps == 0 ? Double.NaN : expectedReturn / expectedSteps;
  }
}
