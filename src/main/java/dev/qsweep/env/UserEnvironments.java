package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.OptionSpec.Kind;
import java.util.List;

/** Turns a user's {@link TabularEnvironment} into a registered id. */
final class UserEnvironments {
  private UserEnvironments() {}

  /** The spec of {@code env}: only the {@code max_episode_steps} option, defaulting to its own. */
  static EnvSpec spec(TabularEnvironment env) {
    String id = env.id();
    checkArgument(
        id != null && !id.isBlank() && !id.contains(" "),
        "environment id '%s' of %s must be a non-empty word",
        id,
        env.getClass().getName());
    int limit = env.maxEpisodeSteps();
    checkArgument(limit >= 0, "%s: maxEpisodeSteps() must be >= 0, got %s", id, limit);
    List<OptionSpec> options =
        List.of(
            new OptionSpec(
                Environments.MAX_EPISODE_STEPS,
                Kind.STEPS,
                limit,
                "time limit in steps; 0 for none"));
    return new EnvSpec(id, env.summary(), options, "set by the environment", o -> make(env, o));
  }

  private static Environment make(TabularEnvironment env, EnvOptions options) {
    String id = env.id();
    TabularModel table;
    List<String> names;
    try {
      TabularModel.Builder b =
          TabularModel.builder(env.stateCount(), env.actionCount())
              .maxEpisodeSteps(options.steps(Environments.MAX_EPISODE_STEPS));
      table = env.define(b).build();
      names = List.copyOf(env.actionNames());
    } catch (RuntimeException e) {
      // The user's code: a bad table or an exception of its own is a usage error, in one line.
      throw new IllegalArgumentException("environment " + id + ": " + e, e);
    }
    checkArgument(
        names.size() == table.actionCount(),
        "environment %s: %s action names for %s actions",
        id,
        names.size(),
        table.actionCount());
    return new Environment(
        id,
        options,
        table,
        table,
        names,
        (s, color) -> {
          String text = env.render(s, color);
          checkArgument(text != null, "%s has no drawing", id);
          return text;
        });
  }
}
