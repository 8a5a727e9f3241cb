package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.qsweep.env.OptionSpec.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The registry of environment ids, as Gymnasium's {@code gym.make} knows them. */
public final class Environments {
  /** The option every id takes, as {@code gym.make(id, max_episode_steps=N)} does. */
  public static final String MAX_EPISODE_STEPS = "max_episode_steps";

  /** qsweep's time limit for CliffWalking, for which Gymnasium registers none. */
  public static final int CLIFF_WALKING_MAX_EPISODE_STEPS = 200;

  private static final Map<String, EnvSpec> SPECS = new LinkedHashMap<>();

  /** The ids above, which a user's environment may not take. */
  private static final java.util.Set<String> BUILT_IN;

  /** Environments written in Java by the user, by id, and the class that defined each. */
  private static final Map<String, EnvSpec> USER = new java.util.concurrent.ConcurrentHashMap<>();

  private static final Map<String, String> USER_CLASS =
      new java.util.concurrent.ConcurrentHashMap<>();

  static {
    OptionSpec rainy =
        new OptionSpec(
            "is_rainy", Kind.BOOLEAN, false, "moves may slip sideways (0.8 ahead, 0.1 each side)");
    OptionSpec fickle =
        new OptionSpec(
            "fickle_passenger",
            Kind.BOOLEAN,
            false,
            "with probability 0.3 the passenger changes destination on the first move aboard");
    register(
        "Taxi-v4",
        "Taxi as Gymnasium 1.3+ ships it (rainy tables fixed)",
        List.of(
            new OptionSpec(
                "is_rainy",
                Kind.BOOLEAN,
                false,
                "moves may slip sideways (rainy_probability ahead, the rest split left/right)"),
            new OptionSpec(
                "fickle_passenger",
                Kind.BOOLEAN,
                false,
                "the passenger may change destination on the first move aboard"),
            new OptionSpec(
                "rainy_probability", Kind.PROBABILITY, 0.8, "probability of moving as intended"),
            new OptionSpec(
                "fickle_probability",
                Kind.PROBABILITY,
                0.3,
                "probability that the passenger changes destination")),
        Taxi.MAX_EPISODE_STEPS,
        "registered by Gymnasium",
        o -> Taxi.create("Taxi-v4", Taxi.Version.V4, o));
    register(
        "Taxi-v3",
        "Taxi as Gymnasium 1.2.3 ships it",
        List.of(rainy, fickle),
        Taxi.MAX_EPISODE_STEPS,
        "registered by Gymnasium",
        o -> Taxi.create("Taxi-v3", Taxi.Version.V3, o));
    register(
        "Taxi-v2",
        "the tutorial's older Taxi map (no wall between columns 1 and 2 in row 1), otherwise v3",
        List.of(rainy, fickle),
        Taxi.MAX_EPISODE_STEPS,
        "as Taxi-v3",
        o -> Taxi.create("Taxi-v2", Taxi.Version.V2, o));
    register(
        "FrozenLake-v1",
        "cross the frozen lake from S to G without falling into a hole",
        frozenLakeOptions("4x4"),
        100,
        "registered by Gymnasium",
        o -> FrozenLake.create("FrozenLake-v1", o));
    register(
        "FrozenLake8x8-v1",
        "FrozenLake on the 8x8 map",
        frozenLakeOptions("8x8"),
        200,
        "registered by Gymnasium",
        o -> FrozenLake.create("FrozenLake8x8-v1", o));
    OptionSpec slipperyCliff =
        new OptionSpec(
            "is_slippery", Kind.BOOLEAN, false, "moves go ahead or to either side, 1/3 each");
    register(
        "CliffWalking-v1",
        "walk along the cliff from start to goal (Sutton and Barto, example 6.6)",
        List.of(slipperyCliff),
        CLIFF_WALKING_MAX_EPISODE_STEPS,
        "Gymnasium registers none; qsweep's default, change it with max_episode_steps",
        o -> CliffWalking.create("CliffWalking-v1", o));
    register(
        "CliffWalkingSlippery-v1",
        "CliffWalking where every move may slip sideways",
        List.of(
            new OptionSpec(
                "is_slippery", Kind.BOOLEAN, true, "moves go ahead or to either side, 1/3 each")),
        CLIFF_WALKING_MAX_EPISODE_STEPS,
        "Gymnasium registers none; qsweep's default, change it with max_episode_steps",
        o -> CliffWalking.create("CliffWalkingSlippery-v1", o));
    BUILT_IN = java.util.Set.copyOf(SPECS.keySet());
  }

  /**
   * Registers an environment written in Java under its id, so grids and commands can make it.
   * Registering the same class again (an experiment loaded twice) replaces it.
   *
   * @throws IllegalArgumentException if the id is a built-in one or another class's, or malformed
   */
  public static synchronized void register(TabularEnvironment env) {
    EnvSpec spec = UserEnvironments.spec(env);
    String id = spec.id();
    checkArgument(!BUILT_IN.contains(id), "environment id %s is a built-in id; pick another", id);
    checkArgument(
        !id.startsWith(FileEnvironments.PREFIX) && !id.endsWith(".java"),
        "environment id %s may not start with file: or end with .java",
        id);
    String owner = USER_CLASS.get(id);
    String cls = env.getClass().getName();
    checkArgument(
        owner == null || owner.equals(cls),
        "environment id %s is already defined by %s; %s cannot take it",
        id,
        owner,
        cls);
    USER.put(id, spec);
    USER_CLASS.put(id, cls);
  }

  private Environments() {}

  private static List<OptionSpec> frozenLakeOptions(String mapName) {
    return List.of(
        new OptionSpec("desc", Kind.MAP, null, "a custom map; overrides map_name"),
        new OptionSpec("map_name", Kind.MAP_NAME, mapName, "a preset map"),
        new OptionSpec("is_slippery", Kind.BOOLEAN, true, "moves may slip to either side"),
        new OptionSpec(
            "success_rate", Kind.PROBABILITY, 1.0 / 3.0, "probability of moving as intended"),
        new OptionSpec(
            "reward_schedule",
            Kind.REWARD_SCHEDULE,
            new double[] {1, 0, 0},
            "rewards for reaching goal, hole, frozen"));
  }

  private static void register(
      String id,
      String summary,
      List<OptionSpec> options,
      int maxEpisodeSteps,
      String timeLimitNote,
      Function<EnvOptions, Environment> factory) {
    List<OptionSpec> all =
        ImmutableList.<OptionSpec>builder()
            .addAll(options)
            .add(
                new OptionSpec(
                    MAX_EPISODE_STEPS,
                    Kind.STEPS,
                    maxEpisodeSteps,
                    "time limit in steps; 0 for none"))
            .build();
    SPECS.put(id, new EnvSpec(id, summary, all, timeLimitNote, factory));
  }

  /** Whether {@code id} can be made now: built in, a P-table file id, or registered by the user. */
  public static boolean isKnown(String id) {
    return SPECS.containsKey(id) || USER.containsKey(id) || FileEnvironments.isFileId(id);
  }

  /** Whether {@code id} is one of qsweep's own ids (not a file or the user's). */
  public static boolean isBuiltIn(String id) {
    return BUILT_IN.contains(id);
  }

  /** Every registered id with its options, in a stable order. */
  public static List<EnvSpec> specs() {
    return List.copyOf(SPECS.values());
  }

  /**
   * The spec of {@code id}.
   *
   * @throws IllegalArgumentException naming the id and the known ones
   */
  public static EnvSpec spec(String id) {
    if (FileEnvironments.isFileId(id)) {
      return FileEnvironments.spec(id);
    }
    EnvSpec spec = SPECS.containsKey(id) ? SPECS.get(id) : USER.get(id);
    checkArgument(
        spec != null,
        "unknown environment '%s'; known: %s, or file:PATH for a P table or an experiment's"
            + " .java file",
        id,
        String.join(", ", SPECS.keySet()));
    return spec;
  }

  /**
   * The time limit of {@code id} with {@code options} (0 for none), read from the options and the
   * defaults without making the environment (a large P table is not read).
   *
   * @throws IllegalArgumentException as {@link #make(String, Map)} does for a bad id or option
   */
  public static int maxEpisodeSteps(String id, Map<String, String> options) {
    return EnvOptions.resolve(id, spec(id).options(), options).steps(MAX_EPISODE_STEPS);
  }

  /** Makes {@code id} with its default options. */
  public static Environment make(String id) {
    return make(id, Map.of());
  }

  /**
   * Makes {@code id} with {@code options} given as text, keyed by Gymnasium's keyword names.
   *
   * @throws IllegalArgumentException for an unknown id or option, or a value of the wrong type or
   *     range; the message names the value and what is allowed
   */
  public static Environment make(String id, Map<String, String> options) {
    EnvSpec spec = spec(id);
    return spec.factory().apply(EnvOptions.resolve(id, spec.options(), options));
  }
}
