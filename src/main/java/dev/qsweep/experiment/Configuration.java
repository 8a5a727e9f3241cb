package dev.qsweep.experiment;

import dev.qsweep.env.EnvOptions;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Schedule;
import java.util.Map;

/**
 * One point of a grid: everything of a trial but the replicate.
 *
 * @param id stable id, {@code c001}, {@code c002}, ... in expansion order
 * @param index 0-based position in expansion order
 * @param envId environment id
 * @param envOptions non-default environment options (including {@code max_episode_steps} when the
 *     grid sets a step cap)
 * @param algorithm the learner
 * @param alpha learning rate schedule
 * @param gamma discount schedule
 * @param epsilon exploration schedule
 * @param initialQ initial Q-value
 * @param episodes training episodes
 */
public record Configuration(
    String id,
    int index,
    String envId,
    Map<String, String> envOptions,
    Algorithm algorithm,
    Schedule alpha,
    Schedule gamma,
    Schedule epsilon,
    double initialQ,
    int episodes) {

  /**
   * Replicate {@code replicate} of this configuration as a trial of {@code episodes} episodes (its
   * own, or a budgeted search's full budget), under root seed {@code rootSeed}.
   */
  public TrialSpec spec(int episodes, int evalEvery, int curveBins, long rootSeed, int replicate) {
    return new TrialSpec(
        envId,
        envOptions,
        algorithm,
        alpha,
        gamma,
        epsilon,
        initialQ,
        episodes,
        evalEvery,
        curveBins,
        rootSeed,
        replicate);
  }

  /** The environment as {@code Taxi-v4(is_rainy=true)}, or the bare id without options. */
  public String envLabel() {
    return envOptions.isEmpty() ? envId : envId + "(" + EnvOptions.join(envOptions) + ")";
  }
}
