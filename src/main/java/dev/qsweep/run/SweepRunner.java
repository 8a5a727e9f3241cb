package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.annotations.VisibleForTesting;
import dev.qsweep.env.TabularModel;
import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.search.GridSearch;
import dev.qsweep.search.SearchExperiment;
import dev.qsweep.search.Strategy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs a grid's trials on a {@link TrialExecutor} (this machine's threads, or Spark), journals each
 * as it finishes, and writes the results folder. Results are keyed by trial id, so the files are
 * the same bytes at any thread count, in any finishing order, and after any number of kills and
 * resumes.
 */
public final class SweepRunner {
  /** The most worker threads a sweep may ask for. */
  public static final int MAX_THREADS = 256;

  /**
   * How to run.
   *
   * @param threads worker threads, in 1..{@link #MAX_THREADS}
   * @param resume finish the sweep in the output folder instead of starting one
   * @param overwrite replace whatever sweep the output folder holds
   * @param shard which shard, 1-based
   * @param shardCount how many shards the grid is split into (1 for the whole sweep)
   * @param progress print a progress line on standard error
   */
  public record Settings(
      int threads, boolean resume, boolean overwrite, int shard, int shardCount, boolean progress) {
    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException for a thread count or shard out of range, or both resume and
     *     overwrite
     */
    public Settings {
      checkArgument(
          threads >= 1 && threads <= MAX_THREADS,
          "--threads %s is out of range; it must be in 1..%s",
          threads,
          MAX_THREADS);
      checkArgument(shardCount >= 1, "--shard I/N needs N >= 1, got %s", shardCount);
      checkArgument(
          shard >= 1 && shard <= shardCount,
          "--shard %s/%s is out of range; I must be in 1..%s",
          shard,
          shardCount,
          shardCount);
      checkArgument(
          !(resume && overwrite), "--resume and --overwrite contradict each other; give one");
    }

    /** Settings without {@code --overwrite}. */
    public Settings(int threads, boolean resume, int shard, int shardCount, boolean progress) {
      this(threads, resume, false, shard, shardCount, progress);
    }

    /** {@code i/n}. */
    public String shardText() {
      return shard + "/" + shardCount;
    }

    /** The number of trials of a grid of {@code trialCount} this shard owns. */
    public int trialsOf(int trialCount) {
      return (int) trialsOf((long) trialCount);
    }

    private long trialsOf(long trialCount) {
      return trialCount < shard ? 0 : (trialCount - shard) / shardCount + 1;
    }

    /**
     * The most trial runs this shard makes of {@code strategy}'s plan with {@code replicates}
     * replicates: every N-th trial of each stage (a whole run makes them all).
     */
    public long trialRunsOf(Strategy strategy, int replicates) {
      long runs = 0;
      for (Strategy.Stage stage : strategy.plan()) {
        runs += trialsOf(stage.configurations() * replicates);
      }
      return runs;
    }
  }

  /** A trial that threw: recorded with its id, configuration and seed; the sweep goes on. */
  public record Failure(
      String trialId, String configId, long seed, int replicate, String message) {}

  /**
   * What a sweep did.
   *
   * @param trialsInShard the trials this run was responsible for
   * @param trialsRun the trials it ran now
   * @param trialsReused the trials a journal already held
   * @param failures the trials that threw
   * @param envSteps environment steps taken by the trials run now
   * @param seconds wall-clock time of the run
   */
  public record Outcome(
      int trialsInShard,
      int trialsRun,
      int trialsReused,
      List<Failure> failures,
      long envSteps,
      double seconds) {}

  /** Runs one trial: {@link TrialRunner#run(TrialSpec, TabularModel, double)}. */
  @FunctionalInterface
  public interface TrialFunction {
    TrialResult run(TrialSpec spec, TabularModel model, double optimalReturn);
  }

  static final TrialFunction DEFAULT_TRIAL_FUNCTION = TrialRunner::run;
  static volatile TrialFunction trialFunction = DEFAULT_TRIAL_FUNCTION;

  /**
   * A check made before each trial trains (or continues) from episode {@code from} to {@code
   * budget} episodes, on any path (a grid's or a search's batch); a test's throws, to make that
   * trial fail as user code (an experiment's environment) can.
   */
  @FunctionalInterface
  public interface TrialFault {
    void check(Grid.Trial trial, int from, int budget);
  }

  static final TrialFault NO_FAULT = (trial, from, budget) -> {};
  static volatile TrialFault trialFault = NO_FAULT;

  private SweepRunner() {}

  /**
   * Makes {@code fault} check every trial before it trains, to test what a sweep or search does
   * when one throws; {@code null} restores no check.
   */
  @VisibleForTesting
  public static void setTrialFaultForTests(TrialFault fault) {
    trialFault = fault == null ? NO_FAULT : fault;
  }

  /**
   * Replaces how trials run, to test what a sweep does when one throws; {@code null} restores the
   * real runner.
   */
  @VisibleForTesting
  public static void setTrialFunctionForTests(TrialFunction function) {
    trialFunction = function == null ? DEFAULT_TRIAL_FUNCTION : function;
  }

  /**
   * Runs (or resumes) {@code experiment} into {@code out}; the caller holds the folder's {@link
   * FolderLock}.
   *
   * @throws IllegalArgumentException for an output folder that cannot be written, or holds another
   *     sweep, an unfinished sweep without {@code --resume}, or a damaged journal; nothing is
   *     written then
   */
  public static Outcome run(
      ExperimentLoader.Loaded experiment, Path out, Settings settings, PrintWriter err) {
    return run(experiment, SearchExperiment.of(experiment), out, settings, null, err);
  }

  /**
   * Runs (or resumes) {@code strategy} over {@code experiment}'s grid into {@code out}: the full
   * grid here, any other strategy through the search driver ({@link SearchRunner}); on this
   * machine's threads, or on Spark when {@code sparkMaster} is not null (the qsweep-spark module,
   * found on the class path; the executor is opened before the folder is touched, so a master that
   * cannot be reached leaves nothing behind).
   *
   * @throws IllegalArgumentException as {@link #run(ExperimentLoader.Loaded, Path, Settings,
   *     PrintWriter)}, and for a Spark master that is malformed or cannot be reached
   */
  public static Outcome run(
      ExperimentLoader.Loaded experiment,
      Strategy strategy,
      Path out,
      Settings settings,
      String sparkMaster,
      PrintWriter err) {
    checkShards(strategy, settings);
    int lanes = LaneGroups.configured();
    boolean wholeGrid = strategy instanceof GridSearch;
    if (wholeGrid) {
      Grid grid = experiment.grid();
      checkArgument(
          settings.trialsOf(grid.trialCount()) > 0,
          "shard %s has no trials: the grid has only %s",
          settings.shardText(),
          grid.trialCount());
    }
    String where = sparkMaster == null ? settings.threads() + " threads" : "Spark " + sparkMaster;
    try (TrialExecutor executor =
        sparkMaster == null
            ? new LocalExecutor(settings.threads(), lanes)
            : ExecutorProvider.named("spark").open(sparkMaster, experiment.sweep(), lanes)) {
      return wholeGrid
          ? GridRunner.run(experiment, out, settings, executor, where, err)
          : SearchRunner.run(experiment, strategy, out, settings, executor, where, err);
    }
  }

  /**
   * Checks {@code strategy} can run as {@code settings}' shard: only a strategy whose batches do
   * not depend on results ({@link Strategy#splitsIntoShards()}: the grid, random search) splits.
   *
   * @throws IllegalArgumentException naming the strategy and the reason, for a shard of any other
   */
  public static void checkShards(Strategy strategy, Settings settings) {
    checkArgument(
        settings.shardCount() == 1 || strategy.splitsIntoShards(),
        "--shard %s: a %s search decides each batch from the results of the one before, which no"
            + " shard holds whole, so it cannot be split into shards; run it whole (grid and"
            + " random searches split)",
        settings.shardText(),
        strategy.name());
  }

  /** Formats a failure for the summary line. */
  public static String describe(Failure f) {
    return String.format(
        Locale.ROOT,
        "%s (configuration %s, root seed %d, replicate %d): %s",
        f.trialId(),
        f.configId(),
        f.seed(),
        f.replicate(),
        f.message());
  }
}
