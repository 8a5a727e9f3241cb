package dev.qsweep.experiment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environment;
import dev.qsweep.env.Environments;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Parameter;
import dev.qsweep.schedule.Schedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Collects axes; each setter checks its values at once, {@link #build} the rest. */
public final class GridBuilder {
  private final String name;
  private final List<String> envIds = new ArrayList<>();
  private final List<Map<String, String>> envOptions = new ArrayList<>();
  private final List<Algorithm> learners = new ArrayList<>();
  private final List<Schedule> alphas = new ArrayList<>();
  private final List<Schedule> gammas = new ArrayList<>();
  private final List<Schedule> epsilons = new ArrayList<>();
  private final List<Double> initialQs = new ArrayList<>();
  private final List<Integer> episodes = new ArrayList<>();
  private final List<Integer> stepCaps = new ArrayList<>();
  private int replicates = 1;
  private long seed;
  private int evalEvery;
  private int curveBins = TrialSpec.DEFAULT_CURVE_BINS;
  private Predicate<Configuration> filter;

  GridBuilder(String name) {
    checkArgument(
        name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]*"),
        "grid name must be letters, digits, '.', '-' or '_', got '%s'",
        name);
    this.name = name;
  }

  /** Adds an environment with its default options. */
  public GridBuilder env(String id) {
    return env(id, Map.of());
  }

  /** Adds an environment with options given as Gymnasium keyword names and text values. */
  public GridBuilder env(String id, Map<String, String> options) {
    checkArgument(id != null, "env: null id");
    checkArgument(options != null, "env: null options for %s", id);
    for (Map.Entry<String, String> option : options.entrySet()) {
      checkArgument(
          option.getKey() != null && option.getValue() != null,
          "env: null option name or value for %s: %s",
          id,
          options);
    }
    Environment made;
    try {
      made = Environments.make(id, options);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("env: " + e.getMessage(), e);
    }
    envIds.add(id);
    envOptions.add(made.options().nonDefault());
    return this;
  }

  /** Adds learners. */
  public GridBuilder learner(Algorithm... values) {
    checkArgument(values != null && values.length > 0, "learner: no value given");
    checkArgument(!Arrays.asList(values).contains(null), "learner: null value");
    Collections.addAll(learners, values);
    return this;
  }

  /** Adds learners by text name ({@code q-learning}, {@code sarsa}, ...). */
  public GridBuilder learner(String... names) {
    checkArgument(names != null && names.length > 0, "learner: no value given");
    for (String n : names) {
      checkArgument(n != null, "learner: null value");
      learners.add(Algorithm.parse(n));
    }
    return this;
  }

  /** Adds constant learning rates, each in (0, 1]. */
  public GridBuilder alpha(double... values) {
    return add(alphas, Parameter.ALPHA, constants(values));
  }

  /** Adds learning-rate schedules. */
  public GridBuilder alpha(Schedule... values) {
    return add(alphas, Parameter.ALPHA, values);
  }

  /** Adds constant discounts, each in [0, 1]. */
  public GridBuilder gamma(double... values) {
    return add(gammas, Parameter.GAMMA, constants(values));
  }

  /** Adds discount schedules. */
  public GridBuilder gamma(Schedule... values) {
    return add(gammas, Parameter.GAMMA, values);
  }

  /** Adds constant exploration rates, each in [0, 1]. */
  public GridBuilder epsilon(double... values) {
    return add(epsilons, Parameter.EPSILON, constants(values));
  }

  /** Adds exploration schedules. */
  public GridBuilder epsilon(Schedule... values) {
    return add(epsilons, Parameter.EPSILON, values);
  }

  /** Adds initial Q-values (optimistic starts). */
  public GridBuilder initialQ(double... values) {
    checkArgument(values != null && values.length > 0, "initial_q: no value given");
    for (double v : values) {
      checkArgument(Double.isFinite(v), "initial_q: %s is not finite", v);
      initialQs.add(v);
    }
    return this;
  }

  /** Adds training lengths, each at least 1 episode. */
  public GridBuilder episodes(int... values) {
    return addCounts(episodes, values, 1, "episodes", "episodes must be at least 1");
  }

  /**
   * Adds step caps (the time limit, Gymnasium's {@code max_episode_steps}; 0 for none). Without
   * this axis each environment keeps its own.
   */
  public GridBuilder maxSteps(int... values) {
    return addCounts(stepCaps, values, 0, "max_steps", "it must be >= 0 (0 for none)");
  }

  private GridBuilder addCounts(
      List<Integer> axis, int[] values, int least, String name, String allowed) {
    checkArgument(values != null && values.length > 0, "%s: no value given", name);
    for (int v : values) {
      checkArgument(v >= least, "%s: %s is not allowed; %s", name, v, allowed);
      axis.add(v);
    }
    return this;
  }

  /** Replicates per configuration, at least 1 (default 1). */
  public GridBuilder replicates(int count) {
    checkArgument(
        count >= 1, "replicates: %s is not allowed; replicates must be at least 1", count);
    this.replicates = count;
    return this;
  }

  /** The root seed (default 0). */
  public GridBuilder seed(long rootSeed) {
    this.seed = rootSeed;
    return this;
  }

  /** Scores the greedy policy exactly every {@code episodes} episodes (default 0: at the end). */
  public GridBuilder evalEvery(int everyEpisodes) {
    checkArgument(
        everyEpisodes >= 0, "eval_every: %s is not allowed; it must be >= 0", everyEpisodes);
    this.evalEvery = everyEpisodes;
    return this;
  }

  /** Learning-curve bins per trial (default 100). */
  public GridBuilder curveBins(int bins) {
    checkArgument(bins >= 1, "curve_bins: %s is not allowed; it must be at least 1", bins);
    this.curveBins = bins;
    return this;
  }

  /** Keeps only the configurations {@code keep} accepts (for example, to skip a corner). */
  public GridBuilder filter(Predicate<Configuration> keep) {
    checkArgument(keep != null, "filter: null filter");
    this.filter = keep;
    return this;
  }

  private static Schedule[] constants(double... values) {
    if (values == null) {
      return null; // add() names the axis
    }
    Schedule[] s = new Schedule[values.length];
    for (int i = 0; i < values.length; i++) {
      checkArgument(Double.isFinite(values[i]), "value %s is not finite", values[i]);
      s[i] = Schedule.constant(values[i]);
    }
    return s;
  }

  private GridBuilder add(List<Schedule> axis, Parameter parameter, Schedule... values) {
    checkArgument(values != null && values.length > 0, "%s: no value given", parameter.label());
    for (Schedule s : values) {
      checkArgument(s != null, "%s: null schedule", parameter.label());
      // The episode-independent part now; the range over the run in build().
      parameter.check(s, 1);
      axis.add(s);
    }
    return this;
  }

  /**
   * Expands and checks the grid.
   *
   * @throws IllegalArgumentException naming the axis and the value, for an empty axis, a schedule
   *     out of range over the run, or a filter that keeps nothing
   */
  public Grid build() {
    GridAssembly.requireAxis("env", envIds);
    GridAssembly.requireAxis("learner", learners);
    GridAssembly.requireAxis("alpha", alphas);
    GridAssembly.requireAxis("gamma", gammas);
    GridAssembly.requireAxis("epsilon", epsilons);
    if (initialQs.isEmpty()) {
      initialQs.add(0.0);
    }
    GridAssembly.requireAxis("episodes", episodes);
    GridAssembly.checkSchedules(episodes, alphas, gammas, epsilons);
    List<Integer> caps = stepCaps.isEmpty() ? Collections.singletonList(null) : stepCaps;
    Axes axes =
        new Axes(
            envIds,
            GridAssembly.optionsPerCap(envIds, envOptions, caps),
            learners,
            alphas,
            gammas,
            epsilons,
            initialQs,
            episodes,
            caps.size());
    long size = axes.size();
    GridAssembly.checkSize(size, replicates);
    KeptConfigurations kept = filter == null ? null : GridAssembly.kept(filter, axes, size);
    List<String> swept = new ArrayList<>();
    GridAssembly.addIfSwept(swept, "env", envIds.size());
    GridAssembly.addIfSwept(swept, "learner", learners.size());
    GridAssembly.addIfSwept(swept, "alpha", alphas.size());
    GridAssembly.addIfSwept(swept, "gamma", gammas.size());
    GridAssembly.addIfSwept(swept, "epsilon", epsilons.size());
    GridAssembly.addIfSwept(swept, "initial_q", initialQs.size());
    GridAssembly.addIfSwept(swept, "episodes", episodes.size());
    GridAssembly.addIfSwept(swept, "max_steps", stepCaps.size());
    return new Grid(name, axes, kept, replicates, seed, evalEvery, curveBins, swept);
  }
}
