package dev.qsweep.cli;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environments;
import dev.qsweep.experiment.ExperimentEnvironments;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Schedule;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** The flags that define one trial, shared by {@code train} and {@code replay}. */
final class TrialOptions {
  @Option(
      names = "--env",
      paramLabel = "ID",
      defaultValue = "Taxi-v3",
      description = "Environment id (default: ${DEFAULT-VALUE}).")
  String envId;

  @Option(
      names = {"-o", "--option"},
      paramLabel = "KEY=VALUE",
      description = "An environment option by Gymnasium's keyword name.")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(
      names = "--learner",
      defaultValue = "q-learning",
      description = "q-learning, sarsa, expected-sarsa or double-q (default: ${DEFAULT-VALUE}).")
  String learner;

  @Option(
      names = "--episodes",
      defaultValue = "100000",
      description = "Training episodes (default: ${DEFAULT-VALUE}).")
  int episodes;

  @Option(
      names = "--alpha",
      defaultValue = "0.1",
      paramLabel = "SCHEDULE",
      description = "Learning rate, in (0, 1] (default: ${DEFAULT-VALUE}).")
  String alpha;

  @Option(
      names = "--gamma",
      defaultValue = "0.6",
      paramLabel = "SCHEDULE",
      description = "Discount, in [0, 1] (default: ${DEFAULT-VALUE}).")
  String gamma;

  @Option(
      names = "--epsilon",
      defaultValue = "0.1",
      paramLabel = "SCHEDULE",
      description = "Exploration rate, in [0, 1] (default: ${DEFAULT-VALUE}).")
  String epsilon;

  @Option(
      names = "--initial-q",
      defaultValue = "0",
      paramLabel = "Q",
      description =
          "Initial Q-value; above the true values for an optimistic start (default: ${DEFAULT-VALUE}).")
  double initialQ;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Root seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--replicate",
      defaultValue = "0",
      description = "Replicate index under the root seed (default: ${DEFAULT-VALUE}).")
  int replicate;

  @Option(
      names = "--max-steps",
      paramLabel = "T",
      description = "Time limit in steps (0 for none); default: the environment's.")
  Integer maxSteps;

  /**
   * The trial these flags define, scored exactly every {@code evalEvery} episodes (0: at the end).
   *
   * @throws IllegalArgumentException naming the flag, for a value out of range
   */
  TrialSpec spec(int evalEvery) {
    Map<String, String> envOptions = new LinkedHashMap<>(options);
    if (maxSteps != null) {
      checkArgument(maxSteps >= 0, "--max-steps must be >= 0 (0 for none), got %s", maxSteps);
      envOptions.put(Environments.MAX_EPISODE_STEPS, Integer.toString(maxSteps));
    }
    return new TrialSpec(
        ExperimentEnvironments.resolve(envId),
        envOptions,
        Algorithm.parse(learner),
        parse("--alpha", alpha),
        parse("--gamma", gamma),
        parse("--epsilon", epsilon),
        initialQ,
        episodes,
        evalEvery,
        TrialSpec.DEFAULT_CURVE_BINS,
        seed,
        replicate);
  }

  /**
   * The first of these flags given on the command line of {@code command}, which mixes them in as
   * {@code mixinName}; null if none was given.
   */
  static String firstGiven(CommandSpec command, String mixinName) {
    ParseResult parsed = command.commandLine().getParseResult();
    for (OptionSpec o : command.mixins().get(mixinName).options()) {
      if (parsed.hasMatchedOption(o.longestName())) {
        return o.longestName();
      }
    }
    return null;
  }

  private static Schedule parse(String option, String text) {
    try {
      return Schedule.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }
}
