package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.TabularModel;
import dev.qsweep.learn.Xoshiro256StarStar;

/**
 * The tutorial's own measure: run N episodes and average. Kept beside the exact scores so the two
 * can be compared; the exact score is what qsweep ranks by.
 *
 * @param episodes episodes run
 * @param meanSteps mean timesteps per episode
 * @param meanPenalties mean penalties per episode
 * @param meanReturn mean return per episode
 * @param rewardPerMove total reward over total steps
 * @param successRate fraction of episodes that reached the goal
 * @param neverEnded episodes that could never end (without a time limit: the episode entered a
 *     state from which the policy cannot reach a terminal outcome, such as a deterministic loop);
 *     the means are over the other episodes, and the success rate over all
 */
public record SampledEvaluation(
    int episodes,
    double meanSteps,
    double meanPenalties,
    double meanReturn,
    double rewardPerMove,
    double successRate,
    int neverEnded) {

  /**
   * Runs {@code episodes} episodes of at most {@code horizon} steps, acting by {@code policy} over
   * observations, or uniformly at random when {@code policy} is null.
   */
  public static SampledEvaluation run(
      TabularModel model, int[] policy, int episodes, int horizon, Xoshiro256StarStar random) {
    checkArgument(horizon > 0, "horizon must be positive, got %s", horizon);
    return run(model, policy, episodes, horizon, null, random);
  }

  /**
   * Runs {@code episodes} episodes to their end, without a time limit: an episode that enters a
   * state marked in {@code endless} (from which it can never end, see {@link
   * dev.qsweep.eval.PolicyEvaluator#endlessStates}) is stopped there and counted as never ending,
   * instead of running forever.
   */
  public static SampledEvaluation runToTheEnd(
      TabularModel model,
      int[] policy,
      int episodes,
      boolean[] endless,
      Xoshiro256StarStar random) {
    return run(model, policy, episodes, 0, endless, random);
  }

  private static SampledEvaluation run(
      TabularModel model,
      int[] policy,
      int episodes,
      int horizon,
      boolean[] endless,
      Xoshiro256StarStar random) {
    checkArgument(episodes > 0, "sampled episodes must be at least 1, got %s", episodes);
    int actions = model.actionCount();
    long steps = 0;
    long penalties = 0;
    long successes = 0;
    int neverEnded = 0;
    double total = 0;
    for (int e = 0; e < episodes; e++) {
      int s = model.sampleInitialState(random.nextDouble());
      long episodeSteps = 0;
      long episodePenalties = 0;
      double episodeReturn = 0;
      boolean ends = true;
      for (int t = 1; horizon == 0 || t <= horizon; t++) {
        if (endless != null && endless[s]) {
          ends = false;
          break;
        }
        int o = model.observationOf(s);
        int a = policy == null ? random.nextInt(actions) : policy[o];
        int row = s * actions + a;
        int k = model.sampleOutcome(row, random.nextDouble());
        double r = model.reward(k);
        long pen = model.isPenalty(k) ? 1 : 0;
        // Summed straight into the totals, in the order a capped run always has.
        total += r;
        penalties += pen;
        steps++;
        episodeReturn += r;
        episodePenalties += pen;
        episodeSteps++;
        if (model.isTerminal(k)) {
          successes += model.isSuccess(k) ? 1 : 0;
          break;
        }
        s = model.nextState(k);
      }
      if (!ends) {
        steps -= episodeSteps;
        penalties -= episodePenalties;
        total -= episodeReturn;
        neverEnded++;
      }
    }
    int ended = episodes - neverEnded;
    return new SampledEvaluation(
        episodes,
        (double) steps / ended,
        (double) penalties / ended,
        total / ended,
        total / steps,
        (double) successes / episodes,
        neverEnded);
  }
}
