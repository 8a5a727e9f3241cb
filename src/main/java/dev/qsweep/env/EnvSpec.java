package dev.qsweep.env;

import java.util.List;
import java.util.function.Function;

/**
 * A registered environment id: what it is, its options and their defaults, and how to make it.
 *
 * @param id the Gymnasium id, for example {@code FrozenLake-v1}
 * @param summary one line for {@code qsweep envs}
 * @param options its keyword options, {@code max_episode_steps} last
 * @param timeLimitNote where the default time limit comes from
 */
public record EnvSpec(
    String id,
    String summary,
    List<OptionSpec> options,
    String timeLimitNote,
    Function<EnvOptions, Environment> factory) {

  /** The default time limit in steps (0 for none). */
  public int defaultMaxEpisodeSteps() {
    for (OptionSpec o : options) {
      if (o.name().equals(Environments.MAX_EPISODE_STEPS)) {
        return (Integer) o.defaultValue();
      }
    }
    throw new AssertionError("every spec has max_episode_steps");
  }
}
