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
 */
public record SampledEvaluation(
    int episodes,
    double meanSteps,
    double meanPenalties,
    double meanReturn,
    double rewardPerMove,
    double successRate) {

  /**
   * Runs {@code episodes} episodes under the model's time limit (or the evaluator's cap without
   * one), acting by {@code policy} over observations, or uniformly at random when {@code policy} is
   * null.
   */
  public static SampledEvaluation run(
      TabularModel model, int[] policy, int episodes, int horizon, Xoshiro256StarStar random) {
    checkArgument(episodes > 0, "sampled episodes must be at least 1, got %s", episodes);
    int actions = model.actionCount();
    long steps = 0;
    long penalties = 0;
    long successes = 0;
    double total = 0;
    for (int e = 0; e < episodes; e++) {
      int s = model.sampleInitialState(random.nextDouble());
      for (int t = 1; t <= horizon; t++) {
        int o = model.observationOf(s);
        int a = policy == null ? random.nextInt(actions) : policy[o];
        int row = s * actions + a;
        int k = model.sampleOutcome(row, random.nextDouble());
        total += model.reward(k);
        penalties += model.isPenalty(k) ? 1 : 0;
        steps++;
        if (model.isTerminal(k)) {
          successes += model.isSuccess(k) ? 1 : 0;
          break;
        }
        s = model.nextState(k);
      }
    }
    return new SampledEvaluation(
        episodes,
        (double) steps / episodes,
        (double) penalties / episodes,
        total / episodes,
        total / steps,
        (double) successes / episodes);
  }
}
