package dev.qsweep.experiment;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Strings;
import java.util.List;
import java.util.Locale;

/**
 * A hyperparameter grid, written in Java: axes of values whose product, minus what the filter
 * drops, is the list of configurations; each configuration runs {@link #replicates()} times.
 *
 * <p>Expansion nests the axes in a fixed order, outermost first: environment, learner, alpha,
 * gamma, epsilon, initial Q, episodes, step cap; within an axis, values keep the order they were
 * declared in. Configuration ids ({@code c001}, ...) follow that order, so they are stable for the
 * same grid. Every value is checked when the grid is built, before any trial runs.
 */
public final class Grid implements Sweep {
  /**
   * The most trials a grid may have (configurations times replicates, before the filter): past it a
   * grid is refused before it is expanded.
   */
  public static final long MAX_TRIALS = 10_000_000L;

  private final String name;
  private final Axes axes;
  private final KeptConfigurations kept; // null: no filter, every position is kept
  private final int configurationCount;
  private final int replicates;
  private final long seed;
  private final int evalEvery;
  private final int curveBins;
  private final List<String> swept;

  Grid(
      String name,
      Axes axes,
      KeptConfigurations kept,
      int replicates,
      long seed,
      int evalEvery,
      int curveBins,
      List<String> swept) {
    this.name = name;
    this.axes = axes;
    this.kept = kept;
    this.configurationCount = kept == null ? (int) axes.size() : kept.count();
    this.replicates = replicates;
    this.seed = seed;
    this.evalEvery = evalEvery;
    this.curveBins = curveBins;
    this.swept = List.copyOf(swept);
  }

  /**
   * Starts a grid called {@code name} (letters, digits, '-', '_', '.'): the results folder name.
   */
  public static GridBuilder builder(String name) {
    return new GridBuilder(name);
  }

  /** The grid's name. */
  @Override
  public String name() {
    return name;
  }

  /** The number of configurations (after the filter). */
  public int configurationCount() {
    return configurationCount;
  }

  /**
   * Configuration {@code index} (0-based) in expansion order, computed when asked: a grid does not
   * hold its configurations.
   */
  public Configuration configuration(int index) {
    checkArgument(
        index >= 0 && index < configurationCount, "configuration index %s out of range", index);
    long raw = kept == null ? index : kept.select(index);
    String id = "c" + Strings.padStart(Integer.toString(index + 1), configIdWidth(), '0');
    return axes.at(raw, id, index);
  }

  private int configIdWidth() {
    return Math.max(3, Integer.toString(configurationCount).length());
  }

  private int replicateWidth() {
    return replicateWidth(replicates);
  }

  private static int replicateWidth(int replicates) {
    return Math.max(2, Integer.toString(replicates - 1).length());
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

  /** Exact evaluation every this many episodes (0: only at the end). */
  @Override
  public int evalEvery() {
    return evalEvery;
  }

  /**
   * Whether some environment of the grid has no time limit: its trials are then scored over the
   * infinite horizon, and trials.csv records the probability that an episode never ends.
   */
  @Override
  public boolean withoutTimeLimit() {
    return axes.withoutTimeLimit();
  }

  /** Learning-curve bins per trial. */
  @Override
  public int curveBins() {
    return curveBins;
  }

  /** The axes with more than one value, in nesting order: what a report compares. */
  @Override
  public List<String> sweptAxes() {
    return swept;
  }

  /** Number of trials: configurations times replicates (at most {@link #MAX_TRIALS}). */
  public int trialCount() {
    return configurationCount * replicates;
  }

  /** The index of the trial with id {@code trialId}, or -1 if no trial of this grid has that id. */
  public int indexOf(String trialId) {
    int dash = trialId.indexOf("-r");
    if (!trialId.startsWith("c")
        || dash < 0
        || dash != 1 + configIdWidth()
        || trialId.length() != dash + 2 + replicateWidth()) {
      return -1;
    }
    int config;
    int replicate;
    try {
      config = Integer.parseInt(trialId.substring(1, dash)) - 1;
      replicate = Integer.parseInt(trialId.substring(dash + 2));
    } catch (NumberFormatException e) {
      return -1;
    }
    if (config < 0 || config >= configurationCount || replicate < 0 || replicate >= replicates) {
      return -1;
    }
    int index = config * replicates + replicate;
    // Digits only, in the grid's widths: the id must be the one trial(index) would give.
    return trialId(trialId.substring(0, dash), replicate).equals(trialId) ? index : -1;
  }

  /** Trial {@code index} (0-based): {@code configuration index * replicates + replicate}. */
  public Trial trial(int index) {
    checkArgument(index >= 0 && index < trialCount(), "trial index %s out of range", index);
    Configuration c = configuration(index / replicates);
    int replicate = index % replicates;
    TrialSpec spec = c.spec(c.episodes(), evalEvery, curveBins, seed, replicate);
    return new Trial(index, trialId(c.id(), replicate), c, spec);
  }

  private String trialId(String configId, int replicate) {
    return trialId(configId, replicate, replicates);
  }

  /**
   * The id of replicate {@code replicate} of configuration {@code configId} among {@code
   * replicates}: {@code c003-r07}. A search's trials are named the same way.
   */
  public static String trialId(String configId, int replicate, int replicates) {
    // Not String.format: a sweep names every trial, and calls per trial were enough for the JIT
    // to compile the formatter (with its locale and pattern code) while the trials ran.
    return configId
        + "-r"
        + Strings.padStart(Integer.toString(replicate), replicateWidth(replicates), '0');
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

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %d configurations x %d replicates, seed %d",
        name,
        configurationCount,
        replicates,
        seed);
  }
}
