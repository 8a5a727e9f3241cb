package dev.qsweep.experiment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environment;
import dev.qsweep.env.Environments;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Parameter;
import dev.qsweep.schedule.Schedule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything that determines one trial: equal specs give equal results, bit for bit, on any thread
 * and in any order.
 *
 * @param envId a registered environment id
 * @param envOptions environment options as text, in the environment's declared order, only those
 *     that differ from the default (the time limit, {@code max_episode_steps}, is one of them)
 * @param algorithm the learner
 * @param alpha learning-rate schedule, in (0, 1] at every episode
 * @param gamma discount schedule, in [0, 1] at every episode
 * @param epsilon exploration schedule, in [0, 1] at every episode
 * @param initialQ the value every Q entry starts at (above the true values: optimistic start)
 * @param episodes training episodes, at least 1
 * @param evalEvery score the greedy policy exactly every this many episodes; 0 for only at the end
 * @param curveBins number of bins the per-episode learning curves are folded into, at least 1
 * @param rootSeed the root seed of the experiment
 * @param replicate the replicate index, at least 0
 */
public record TrialSpec(
    String envId,
    Map<String, String> envOptions,
    Algorithm algorithm,
    Schedule alpha,
    Schedule gamma,
    Schedule epsilon,
    double initialQ,
    int episodes,
    int evalEvery,
    int curveBins,
    long rootSeed,
    int replicate) {

  /** The default number of learning-curve bins. */
  public static final int DEFAULT_CURVE_BINS = 100;

  /**
   * Checks every value.
   *
   * @throws IllegalArgumentException naming the value and what is allowed
   */
  public TrialSpec {
    checkArgument(episodes > 0, "episodes must be at least 1, got %s", episodes);
    checkArgument(evalEvery >= 0, "eval_every must be >= 0, got %s", evalEvery);
    checkArgument(curveBins > 0, "curve bins must be at least 1, got %s", curveBins);
    checkArgument(replicate >= 0, "replicate must be >= 0, got %s", replicate);
    checkArgument(Double.isFinite(initialQ), "initial Q must be finite, got %s", initialQ);
    Parameter.ALPHA.check(alpha, episodes);
    Parameter.GAMMA.check(gamma, episodes);
    Parameter.EPSILON.check(epsilon, episodes);
    envOptions = normalized(envId, envOptions);
  }

  /**
   * The tutorial's trial: Taxi-v3, Q-learning, alpha 0.1, gamma 0.6, epsilon 0.1, Q starting at 0,
   * the default curve bins, replicate 0.
   */
  public static TrialSpec tutorial(long rootSeed, int episodes) {
    return new TrialSpec(
        "Taxi-v3",
        Map.of(),
        Algorithm.Q_LEARNING,
        Schedule.constant(0.1),
        Schedule.constant(0.6),
        Schedule.constant(0.1),
        0,
        episodes,
        0,
        DEFAULT_CURVE_BINS,
        rootSeed,
        0);
  }

  /** Options already checked and normalized, by id and options as given (a sweep repeats them). */
  private static final Map<String, Map<String, String>> NORMALIZED = new ConcurrentHashMap<>();

  /**
   * Checks the id and every option and normalizes their order and text, by making the environment
   * once per distinct id and options.
   */
  private static Map<String, String> normalized(String envId, Map<String, String> envOptions) {
    String key = envId + '\u0000' + envOptions;
    Map<String, String> known = NORMALIZED.get(key);
    if (known != null) {
      return known;
    }
    Environment environment = Environments.make(envId, envOptions);
    Map<String, String> options =
        Collections.unmodifiableMap(new LinkedHashMap<>(environment.options().nonDefault()));
    NORMALIZED.putIfAbsent(key, options);
    return options;
  }

  /** Makes this trial's environment. */
  public Environment environment() {
    return Environments.make(envId, envOptions);
  }

  /** The seed of one of this trial's random streams. */
  public long seed(Seeds.Stream stream) {
    return Seeds.of(rootSeed, replicate, stream);
  }
}
