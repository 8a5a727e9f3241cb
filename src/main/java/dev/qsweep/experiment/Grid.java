package dev.qsweep.experiment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.qsweep.env.Environment;
import dev.qsweep.env.Environments;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Parameter;
import dev.qsweep.schedule.Schedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A hyperparameter grid, written in Java: axes of values whose product, minus what the filter
 * drops, is the list of configurations; each configuration runs {@link #replicates()} times.
 *
 * <p>Expansion nests the axes in a fixed order, outermost first: environment, learner, alpha,
 * gamma, epsilon, initial Q, episodes, step cap; within an axis, values keep the order they were
 * declared in. Configuration ids ({@code c001}, ...) follow that order, so they are stable for the
 * same grid. Every value is checked when the grid is built, before any trial runs.
 */
public final class Grid {
  private final String name;
  private final List<Configuration> configurations;
  private final int replicates;
  private final long seed;
  private final int evalEvery;
  private final int curveBins;
  private final List<String> axes;

  private Grid(Builder b, List<Configuration> configurations, List<String> axes) {
    this.name = b.name;
    this.configurations = List.copyOf(configurations);
    this.replicates = b.replicates;
    this.seed = b.seed;
    this.evalEvery = b.evalEvery;
    this.curveBins = b.curveBins;
    this.axes = List.copyOf(axes);
  }

  /**
   * Starts a grid called {@code name} (letters, digits, '-', '_', '.'): the results folder name.
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The grid's name. */
  public String name() {
    return name;
  }

  /** The configurations in expansion order. */
  public List<Configuration> configurations() {
    return configurations;
  }

  /** Replicates per configuration. */
  public int replicates() {
    return replicates;
  }

  /** The root seed. */
  public long seed() {
    return seed;
  }

  /** Exact evaluation every this many episodes (0: only at the end). */
  public int evalEvery() {
    return evalEvery;
  }

  /** Learning-curve bins per trial. */
  public int curveBins() {
    return curveBins;
  }

  /** The axes with more than one value, in nesting order: what a report compares. */
  public List<String> sweptAxes() {
    return axes;
  }

  /** Number of trials: configurations times replicates. */
  public int trialCount() {
    return configurations.size() * replicates;
  }

  /** Trial {@code index} (0-based): {@code configuration index * replicates + replicate}. */
  public Trial trial(int index) {
    checkArgument(index >= 0 && index < trialCount(), "trial index %s out of range", index);
    Configuration c = configurations.get(index / replicates);
    int replicate = index % replicates;
    TrialSpec spec =
        new TrialSpec(
            c.envId(),
            c.envOptions(),
            c.algorithm(),
            c.alpha(),
            c.gamma(),
            c.epsilon(),
            c.initialQ(),
            c.episodes(),
            evalEvery,
            curveBins,
            seed,
            replicate);
    return new Trial(index, trialId(c, replicate), c, spec);
  }

  /** Every trial in index order. */
  public List<Trial> trials() {
    List<Trial> all = new ArrayList<>(trialCount());
    for (int i = 0; i < trialCount(); i++) {
      all.add(trial(i));
    }
    return all;
  }

  private String trialId(Configuration c, int replicate) {
    int width = Math.max(2, Integer.toString(replicates - 1).length());
    return String.format(Locale.ROOT, "%s-r%0" + width + "d", c.id(), replicate);
  }

  /**
   * One trial of the grid.
   *
   * @param index position in the sweep (configuration-major, replicate-minor)
   * @param id {@code c003-r07}
   * @param configuration its configuration
   * @param spec what runs
   */
  public record Trial(int index, String id, Configuration configuration, TrialSpec spec) {}

  /** Collects axes; each setter checks its values at once, {@link #build} the rest. */
  public static final class Builder {
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
    private Predicate<Configuration> filter = c -> true;

    private Builder(String name) {
      checkArgument(
          name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]*"),
          "grid name must be letters, digits, '.', '-' or '_', got '%s'",
          name);
      this.name = name;
    }

    /** Adds an environment with its default options. */
    public Builder env(String id) {
      return env(id, Map.of());
    }

    /** Adds an environment with options given as Gymnasium keyword names and text values. */
    public Builder env(String id, Map<String, String> options) {
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
    public Builder learner(Algorithm... values) {
      checkArgument(values != null && values.length > 0, "learner: no value given");
      checkArgument(!Arrays.asList(values).contains(null), "learner: null value");
      Collections.addAll(learners, values);
      return this;
    }

    /** Adds learners by text name ({@code q-learning}, {@code sarsa}, ...). */
    public Builder learner(String... names) {
      checkArgument(names != null && names.length > 0, "learner: no value given");
      for (String n : names) {
        checkArgument(n != null, "learner: null value");
        learners.add(Algorithm.parse(n));
      }
      return this;
    }

    /** Adds constant learning rates, each in (0, 1]. */
    public Builder alpha(double... values) {
      return add(alphas, Parameter.ALPHA, constants(values));
    }

    /** Adds learning-rate schedules. */
    public Builder alpha(Schedule... values) {
      return add(alphas, Parameter.ALPHA, values);
    }

    /** Adds constant discounts, each in [0, 1]. */
    public Builder gamma(double... values) {
      return add(gammas, Parameter.GAMMA, constants(values));
    }

    /** Adds discount schedules. */
    public Builder gamma(Schedule... values) {
      return add(gammas, Parameter.GAMMA, values);
    }

    /** Adds constant exploration rates, each in [0, 1]. */
    public Builder epsilon(double... values) {
      return add(epsilons, Parameter.EPSILON, constants(values));
    }

    /** Adds exploration schedules. */
    public Builder epsilon(Schedule... values) {
      return add(epsilons, Parameter.EPSILON, values);
    }

    /** Adds initial Q-values (optimistic starts). */
    public Builder initialQ(double... values) {
      checkArgument(values != null && values.length > 0, "initial_q: no value given");
      for (double v : values) {
        checkArgument(Double.isFinite(v), "initial_q: %s is not finite", v);
        initialQs.add(v);
      }
      return this;
    }

    /** Adds training lengths, each at least 1 episode. */
    public Builder episodes(int... values) {
      return addCounts(episodes, values, 1, "episodes", "episodes must be at least 1");
    }

    /**
     * Adds step caps (the time limit, Gymnasium's {@code max_episode_steps}; 0 for none). Without
     * this axis each environment keeps its own.
     */
    public Builder maxSteps(int... values) {
      return addCounts(stepCaps, values, 0, "max_steps", "it must be >= 0 (0 for none)");
    }

    private Builder addCounts(
        List<Integer> axis, int[] values, int least, String name, String allowed) {
      checkArgument(values != null && values.length > 0, "%s: no value given", name);
      for (int v : values) {
        checkArgument(v >= least, "%s: %s is not allowed; %s", name, v, allowed);
        axis.add(v);
      }
      return this;
    }

    /** Replicates per configuration, at least 1 (default 1). */
    public Builder replicates(int count) {
      checkArgument(
          count >= 1, "replicates: %s is not allowed; replicates must be at least 1", count);
      this.replicates = count;
      return this;
    }

    /** The root seed (default 0). */
    public Builder seed(long rootSeed) {
      this.seed = rootSeed;
      return this;
    }

    /** Scores the greedy policy exactly every {@code episodes} episodes (default 0: at the end). */
    public Builder evalEvery(int everyEpisodes) {
      checkArgument(
          everyEpisodes >= 0, "eval_every: %s is not allowed; it must be >= 0", everyEpisodes);
      this.evalEvery = everyEpisodes;
      return this;
    }

    /** Learning-curve bins per trial (default 100). */
    public Builder curveBins(int bins) {
      checkArgument(bins >= 1, "curve_bins: %s is not allowed; it must be at least 1", bins);
      this.curveBins = bins;
      return this;
    }

    /** Keeps only the configurations {@code keep} accepts (for example, to skip a corner). */
    public Builder filter(Predicate<Configuration> keep) {
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

    private Builder add(List<Schedule> axis, Parameter parameter, Schedule... values) {
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
      requireAxis("env", envIds);
      requireAxis("learner", learners);
      requireAxis("alpha", alphas);
      requireAxis("gamma", gammas);
      requireAxis("epsilon", epsilons);
      if (initialQs.isEmpty()) {
        initialQs.add(0.0);
      }
      requireAxis("episodes", episodes);
      List<Integer> caps = stepCaps.isEmpty() ? Collections.singletonList(null) : stepCaps;
      List<Configuration> all = new ArrayList<>();
      List<Configuration> kept = new ArrayList<>();
      for (int e = 0; e < envIds.size(); e++) {
        for (Algorithm learner : learners) {
          for (Schedule alpha : alphas) {
            for (Schedule gamma : gammas) {
              for (Schedule epsilon : epsilons) {
                for (double q0 : initialQs) {
                  for (int n : episodes) {
                    checkRange(Parameter.ALPHA, alpha, n);
                    checkRange(Parameter.GAMMA, gamma, n);
                    checkRange(Parameter.EPSILON, epsilon, n);
                    for (Integer cap : caps) {
                      Map<String, String> options = new LinkedHashMap<>(envOptions.get(e));
                      if (cap != null) {
                        options.put(Environments.MAX_EPISODE_STEPS, Integer.toString(cap));
                      }
                      // Normalize (drops a cap equal to the environment's default).
                      options = Environments.make(envIds.get(e), options).options().nonDefault();
                      Configuration c =
                          new Configuration(
                              "", 0, envIds.get(e), options, learner, alpha, gamma, epsilon, q0, n);
                      all.add(c);
                      if (keep(c)) {
                        kept.add(c);
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      checkState(!all.isEmpty(), "the grid is empty");
      checkArgument(!kept.isEmpty(), "the filter drops all %s configurations", all.size());
      int width = Math.max(3, Integer.toString(kept.size()).length());
      List<Configuration> numbered = new ArrayList<>(kept.size());
      for (int i = 0; i < kept.size(); i++) {
        Configuration c = kept.get(i);
        numbered.add(
            new Configuration(
                String.format(Locale.ROOT, "c%0" + width + "d", i + 1),
                i,
                c.envId(),
                c.envOptions(),
                c.algorithm(),
                c.alpha(),
                c.gamma(),
                c.epsilon(),
                c.initialQ(),
                c.episodes()));
      }
      List<String> swept = new ArrayList<>();
      addIfSwept(swept, "env", envIds.size());
      addIfSwept(swept, "learner", learners.size());
      addIfSwept(swept, "alpha", alphas.size());
      addIfSwept(swept, "gamma", gammas.size());
      addIfSwept(swept, "epsilon", epsilons.size());
      addIfSwept(swept, "initial_q", initialQs.size());
      addIfSwept(swept, "episodes", episodes.size());
      addIfSwept(swept, "max_steps", stepCaps.size());
      return new Grid(this, numbered, swept);
    }

    /** The user's filter, whose failure is the user's (one line, exit 2), not qsweep's. */
    private boolean keep(Configuration c) {
      try {
        return filter.test(c);
      } catch (RuntimeException | Error e) {
        throw UserCodeException.failure(filter.getClass(), "the filter", e);
      }
    }

    private static void addIfSwept(List<String> swept, String axis, int values) {
      if (values > 1) {
        swept.add(axis);
      }
    }

    private static void checkRange(Parameter parameter, Schedule schedule, int episodes) {
      try {
        parameter.check(schedule, episodes);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            parameter.label() + ": " + e.getMessage() + " (over " + episodes + " episodes)", e);
      }
    }

    private static void requireAxis(String axis, List<?> values) {
      checkArgument(!values.isEmpty(), "axis %s is empty; give it at least one value", axis);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %d configurations x %d replicates, seed %d",
        name,
        configurations.size(),
        replicates,
        seed);
  }
}
