package dev.qsweep.search;

import dev.qsweep.env.Environments;
import dev.qsweep.experiment.Configuration;
import dev.qsweep.experiment.Sweep;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Parameter;
import dev.qsweep.schedule.Schedule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * A space of configurations, written in Java beside a grid's axes: named {@link Dimension}s (ranges
 * and choices), how a point of them becomes a {@link Configuration}, and the settings every trial
 * shares (environment, episodes, replicates, seed, evaluation), stated once. Draw {@code i} comes
 * from its own generator ({@link SearchSeeds}), so it is the same whatever else is drawn.
 */
public final class SearchSpace implements Sweep {
  /** The name of the learner's dimension when several learners are searched. */
  public static final String LEARNER = "learner";

  /**
   * The name of the strategy setting (in manifest.json's {@code strategy_settings}) that holds a
   * space's {@link #toString}: the report reads from it which dimensions are log-uniform.
   */
  public static final String SETTING = "space";

  /** How a point becomes a schedule: a constant from a dimension, or any function of the point. */
  @FunctionalInterface
  public interface ScheduleTemplate {
    /** The schedule at {@code point}. */
    Schedule at(Point point);
  }

  private final String name;
  private final String envId;
  private final Map<String, String> envOptions;
  private final List<String> names;
  private final List<Dimension> dimensions;
  private final List<String> optionDimensions; // environment options searched, by option name
  private final List<Algorithm> learners; // one: fixed; several: the LEARNER dimension
  private final Map<Parameter, ScheduleTemplate> schedules;
  private final Set<Parameter> fixed; // parameters given one schedule, not searched
  private final double initialQ;
  private final int episodes;
  private final int replicates;
  private final long seed;
  private final int evalEvery;
  private final int curveBins;
  // Normalized options by the options a point gives: making an environment per draw is slow.
  private final Map<Map<String, String>, Map<String, String>> normalizedOptions =
      new ConcurrentHashMap<>();

  SearchSpace(SearchSpaceBuilder b) {
    this.name = b.name;
    this.envId = b.envId;
    this.envOptions = Map.copyOf(b.envOptions);
    this.names = List.copyOf(b.dimensions.keySet());
    this.dimensions = List.copyOf(b.dimensions.values());
    this.optionDimensions = List.copyOf(b.optionDimensions);
    this.learners = List.copyOf(b.learners);
    this.schedules = Map.copyOf(b.schedules);
    this.fixed = Set.copyOf(b.fixed);
    this.initialQ = b.initialQ;
    this.episodes = b.episodes;
    this.replicates = b.replicates;
    this.seed = b.seed;
    this.evalEvery = b.evalEvery;
    this.curveBins = b.curveBins;
  }

  /** Starts a space called {@code name}: the results folder name. */
  public static SearchSpaceBuilder builder(String name) {
    return new SearchSpaceBuilder(name);
  }

  /** The space's name: the results folder's. */
  @Override
  public String name() {
    return name;
  }

  /** The dimension names, in declaration order: a point's coordinates. */
  public List<String> dimensionNames() {
    return names;
  }

  /** The dimensions, in declaration order. */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /** The full training length of a configuration, in episodes. */
  public int episodes() {
    return episodes;
  }

  /** Replicates per configuration. */
  @Override
  public int replicates() {
    return replicates;
  }

  /** The root seed. */
  @Override
  public long seed() {
    return seed;
  }

  /** Learning-curve bins per trial. */
  @Override
  public int curveBins() {
    return curveBins;
  }

  /** Exact evaluation every this many episodes (0: only at the end). */
  @Override
  public int evalEvery() {
    return evalEvery;
  }

  /** Whether the environment, with any value of a searched option, has no time limit. */
  @Override
  public boolean withoutTimeLimit() {
    if (Environments.maxEpisodeSteps(envId, envOptions) == 0) {
      return true;
    }
    for (String option : optionDimensions) {
      for (String value : ((Dimension.Choice) dimensions.get(names.indexOf(option))).options()) {
        Map<String, String> o = new LinkedHashMap<>(envOptions);
        o.put(option, value);
        if (Environments.maxEpisodeSteps(envId, o) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What a report compares, named as a grid's axes: {@code env} when an option is searched, {@code
   * learner} when several are, then each of alpha, gamma and epsilon given a range or a template
   * (not one fixed schedule).
   */
  @Override
  public List<String> sweptAxes() {
    List<String> swept = new ArrayList<>();
    if (!optionDimensions.isEmpty()) {
      swept.add("env");
    }
    if (learners.size() > 1) {
      swept.add(LEARNER);
    }
    for (Parameter p : Parameter.values()) {
      if (!fixed.contains(p)) {
        swept.add(p.label());
      }
    }
    return swept;
  }

  /** The point at unit coordinates {@code units}, one per dimension, each in {@code [0, 1)}. */
  public Point point(double... units) {
    return new Point(names, dimensions, units);
  }

  /**
   * Draw {@code index} of {@code strategy}: one uniform unit coordinate per dimension, from the
   * generator derived from (root seed, strategy, index).
   */
  public Point draw(String strategy, long index) {
    RandomGenerator random = SearchSeeds.generator(seed, strategy, index);
    double[] units = new double[names.size()];
    for (int i = 0; i < units.length; i++) {
      units[i] = random.nextDouble();
    }
    return point(units);
  }

  /**
   * The configuration at {@code point}, trained for {@code budget} episodes.
   *
   * @throws IllegalArgumentException naming the point, when a schedule template gives a value out
   *     of its parameter's range
   */
  public Configuration configuration(Point point, String id, int index, int budget) {
    Map<String, String> options = new LinkedHashMap<>(envOptions);
    for (String option : optionDimensions) {
      options.put(option, point.text(option));
    }
    Map<String, String> normalized =
        normalizedOptions.computeIfAbsent(
            options, o -> Environments.make(envId, o).options().nonDefault());
    Algorithm learner =
        learners.size() == 1 ? learners.get(0) : learners.get((int) point.value(LEARNER));
    return new Configuration(
        id,
        index,
        envId,
        normalized,
        learner,
        schedule(Parameter.ALPHA, point, budget),
        schedule(Parameter.GAMMA, point, budget),
        schedule(Parameter.EPSILON, point, budget),
        initialQ,
        budget);
  }

  private Schedule schedule(Parameter parameter, Point point, int budget) {
    Schedule s = schedules.get(parameter).at(point);
    try {
      parameter.check(s, Math.max(budget, episodes));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + " at the point " + point, e);
    }
    return s;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(name).append(':');
    for (int i = 0; i < names.size(); i++) {
      s.append(' ').append(names.get(i)).append('=').append(dimensions.get(i).text());
    }
    return s.toString();
  }
}
