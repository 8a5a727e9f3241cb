package dev.qsweep.search;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environments;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Parameter;
import dev.qsweep.schedule.Schedule;
import dev.qsweep.search.SearchSpace.ScheduleTemplate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects a search space; each setter checks its argument at once, {@link #build} the rest. A
 * parameter given a {@link Dimension} is searched as a constant over that range; given a {@link
 * ScheduleTemplate}, its schedule is any function of the point (for example an exponential decay
 * whose rate is a dimension declared with {@link #dimension}); given a number or a {@link
 * Schedule}, it is fixed, the same in every configuration.
 */
public final class SearchSpaceBuilder {
  final String name;
  String envId;
  final Map<String, String> envOptions = new LinkedHashMap<>();
  final Map<String, Dimension> dimensions = new LinkedHashMap<>();
  final List<String> optionDimensions = new ArrayList<>();
  final List<Algorithm> learners = new ArrayList<>();
  final Map<Parameter, ScheduleTemplate> schedules = new EnumMap<>(Parameter.class);
  final Set<Parameter> fixed = EnumSet.noneOf(Parameter.class);
  double initialQ;
  int episodes;
  int replicates = 1;
  long seed;
  int evalEvery;
  int curveBins = dev.qsweep.experiment.TrialSpec.DEFAULT_CURVE_BINS;

  SearchSpaceBuilder(String name) {
    checkArgument(
        name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]*"),
        "search name must be letters, digits, '.', '-' or '_', got '%s'",
        name);
    this.name = name;
  }

  /** The environment, with options given as Gymnasium keyword names and text values. */
  public SearchSpaceBuilder env(String id, Map<String, String> options) {
    checkArgument(envId == null, "env: already set to %s; a search space has one", envId);
    try {
      Environments.make(id, options);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("env: " + e.getMessage(), e);
    }
    envId = id;
    envOptions.putAll(options);
    return this;
  }

  /** The environment with its default options. */
  public SearchSpaceBuilder env(String id) {
    return env(id, Map.of());
  }

  /**
   * Searches an environment option over {@code values} (a choice dimension named as the option).
   */
  public SearchSpaceBuilder envOption(String option, String... values) {
    checkArgument(envId != null, "envOption: set env first");
    for (String v : values) {
      Map<String, String> o = new LinkedHashMap<>(envOptions);
      o.put(option, v);
      try {
        Environments.make(envId, o);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("envOption " + option + ": " + e.getMessage(), e);
      }
    }
    dimension(option, Dimension.choice(values));
    optionDimensions.add(option);
    return this;
  }

  /**
   * The learners by text name; several make a choice dimension named {@value SearchSpace#LEARNER}.
   */
  public SearchSpaceBuilder learner(String... names) {
    checkArgument(learners.isEmpty(), "learner: already set");
    checkArgument(names.length > 0, "learner: no value given");
    for (String n : names) {
      learners.add(Algorithm.parse(n));
    }
    if (names.length > 1) {
      dimension(SearchSpace.LEARNER, Dimension.choice(names));
    }
    return this;
  }

  /** Declares a dimension that a {@link ScheduleTemplate} reads by name. */
  public SearchSpaceBuilder dimension(String dimensionName, Dimension range) {
    checkArgument(
        dimensionName != null && dimensionName.matches("[a-z][a-z0-9_]*"),
        "dimension name must be lower-case letters, digits or '_', got '%s'",
        dimensionName);
    checkArgument(range != null, "dimension %s: null range", dimensionName);
    checkArgument(
        !dimensions.containsKey(dimensionName), "dimension %s is declared twice", dimensionName);
    dimensions.put(dimensionName, range);
    return this;
  }

  /** Searches a constant learning rate over {@code range} (a dimension named {@code alpha}). */
  public SearchSpaceBuilder alpha(Dimension range) {
    return constant(Parameter.ALPHA, range);
  }

  /** The learning-rate schedule as a function of the point. */
  public SearchSpaceBuilder alpha(ScheduleTemplate template) {
    return template(Parameter.ALPHA, template);
  }

  /** A fixed learning rate, the same in every configuration: not searched. */
  public SearchSpaceBuilder alpha(double value) {
    return fixed(Parameter.ALPHA, value);
  }

  /** A fixed learning-rate schedule, the same in every configuration: not searched. */
  public SearchSpaceBuilder alpha(Schedule schedule) {
    return fixed(Parameter.ALPHA, schedule);
  }

  /** Searches a constant discount over {@code range} (a dimension named {@code gamma}). */
  public SearchSpaceBuilder gamma(Dimension range) {
    return constant(Parameter.GAMMA, range);
  }

  /** The discount schedule as a function of the point. */
  public SearchSpaceBuilder gamma(ScheduleTemplate template) {
    return template(Parameter.GAMMA, template);
  }

  /** A fixed discount, the same in every configuration: not searched. */
  public SearchSpaceBuilder gamma(double value) {
    return fixed(Parameter.GAMMA, value);
  }

  /** A fixed discount schedule, the same in every configuration: not searched. */
  public SearchSpaceBuilder gamma(Schedule schedule) {
    return fixed(Parameter.GAMMA, schedule);
  }

  /**
   * Searches a constant exploration rate over {@code range} (a dimension named {@code epsilon}).
   */
  public SearchSpaceBuilder epsilon(Dimension range) {
    return constant(Parameter.EPSILON, range);
  }

  /** The exploration schedule as a function of the point. */
  public SearchSpaceBuilder epsilon(ScheduleTemplate template) {
    return template(Parameter.EPSILON, template);
  }

  /** A fixed exploration rate, the same in every configuration: not searched. */
  public SearchSpaceBuilder epsilon(double value) {
    return fixed(Parameter.EPSILON, value);
  }

  /** A fixed exploration schedule, the same in every configuration: not searched. */
  public SearchSpaceBuilder epsilon(Schedule schedule) {
    return fixed(Parameter.EPSILON, schedule);
  }

  /** The initial Q-value (default 0). */
  public SearchSpaceBuilder initialQ(double value) {
    checkArgument(Double.isFinite(value), "initial_q: %s is not finite", value);
    this.initialQ = value;
    return this;
  }

  /** The full training length, at least 1 episode. */
  public SearchSpaceBuilder episodes(int count) {
    checkArgument(count >= 1, "episodes: %s is not allowed; it must be at least 1", count);
    this.episodes = count;
    return this;
  }

  /** Replicates per configuration, at least 1 (default 1). */
  public SearchSpaceBuilder replicates(int count) {
    checkArgument(count >= 1, "replicates: %s is not allowed; it must be at least 1", count);
    this.replicates = count;
    return this;
  }

  /** The root seed (default 0). */
  public SearchSpaceBuilder seed(long rootSeed) {
    this.seed = rootSeed;
    return this;
  }

  /** Scores the greedy policy exactly every {@code episodes} episodes (default 0: at the end). */
  public SearchSpaceBuilder evalEvery(int everyEpisodes) {
    checkArgument(
        everyEpisodes >= 0, "eval_every: %s is not allowed; it must be >= 0", everyEpisodes);
    this.evalEvery = everyEpisodes;
    return this;
  }

  /** Learning-curve bins per trial (default 100). */
  public SearchSpaceBuilder curveBins(int bins) {
    checkArgument(bins >= 1, "curve_bins: %s is not allowed; it must be at least 1", bins);
    this.curveBins = bins;
    return this;
  }

  private SearchSpaceBuilder constant(Parameter parameter, Dimension range) {
    checkArgument(!schedules.containsKey(parameter), "%s: already set", parameter.label());
    checkArgument(
        !(range instanceof Dimension.Choice) && range != null,
        "%s: give a numeric range (uniform, log-uniform, integers), got %s",
        parameter.label(),
        range == null ? "null" : range.text());
    // The ends of the range must be allowed values: u = 0 gives the low end, u -> 1 the high one.
    for (double end : new double[] {range.valueAt(0), range.valueAt(Math.nextDown(1.0))}) {
      try {
        parameter.check(Schedule.constant(end), 1);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(range.text() + ": " + e.getMessage(), e);
      }
    }
    dimension(parameter.label(), range);
    String dimensionName = parameter.label();
    return template(parameter, p -> Schedule.constant(p.value(dimensionName)));
  }

  private SearchSpaceBuilder fixed(Parameter parameter, double value) {
    checkArgument(Double.isFinite(value), "%s: %s is not finite", parameter.label(), value);
    return fixed(parameter, Schedule.constant(value));
  }

  private SearchSpaceBuilder fixed(Parameter parameter, Schedule schedule) {
    checkArgument(schedule != null, "%s: null schedule", parameter.label());
    // The episode-independent part now; the range over the run in build(), at the corners.
    parameter.check(schedule, 1);
    template(parameter, p -> schedule);
    fixed.add(parameter);
    return this;
  }

  private SearchSpaceBuilder template(Parameter parameter, ScheduleTemplate template) {
    checkArgument(template != null, "%s: null template", parameter.label());
    checkArgument(!schedules.containsKey(parameter), "%s: already set", parameter.label());
    schedules.put(parameter, template);
    return this;
  }

  /**
   * Checks the space and builds it.
   *
   * @throws IllegalArgumentException for a missing env, learner, parameter or episodes, a space
   *     with no dimension, or a template out of range at the space's lowest or highest corner
   */
  public SearchSpace build() {
    checkArgument(envId != null, "env: not set; a search space needs one");
    checkArgument(!learners.isEmpty(), "learner: not set; give at least one");
    for (Parameter p : Parameter.values()) {
      checkArgument(schedules.containsKey(p), "%s: not set; give a range or a schedule", p.label());
    }
    checkArgument(episodes >= 1, "episodes: not set; give the full training length");
    checkArgument(!dimensions.isEmpty(), "the space has no dimension to search; use a grid");
    SearchSpace space = new SearchSpace(this);
    // Templates are checked at both corners now and on every configuration when it is drawn.
    int d = dimensions.size();
    double[] low = new double[d];
    double[] high = new double[d];
    java.util.Arrays.fill(high, Math.nextDown(1.0));
    space.configuration(space.point(low), "low", 0, episodes);
    space.configuration(space.point(high), "high", 0, episodes);
    return space;
  }
}
