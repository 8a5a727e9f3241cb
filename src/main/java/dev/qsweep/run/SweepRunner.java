package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.annotations.VisibleForTesting;
import dev.qsweep.env.EnvOptions;
import dev.qsweep.env.Environment;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.util.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Runs a grid's trials on a {@link ForkJoinPool}, journals each as it finishes, and writes the
 * results folder. Results are keyed by trial id, so the files are the same bytes at any thread
 * count, in any finishing order, and after any number of kills and resumes.
 */
public final class SweepRunner {
  /**
   * How to run.
   *
   * @param threads worker threads, at least 1
   * @param resume finish the sweep in the output folder instead of starting one
   * @param shard which shard, 1-based
   * @param shardCount how many shards the grid is split into (1 for the whole sweep)
   * @param progress print a progress line on standard error
   */
  public record Settings(int threads, boolean resume, int shard, int shardCount, boolean progress) {
    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException for a thread count or shard out of range
     */
    public Settings {
      checkArgument(threads >= 1, "--threads must be at least 1, got %s", threads);
      checkArgument(shardCount >= 1, "--shard I/N needs N >= 1, got %s", shardCount);
      checkArgument(
          shard >= 1 && shard <= shardCount,
          "--shard %s/%s is out of range; I must be in 1..%s",
          shard,
          shardCount,
          shardCount);
    }

    /** {@code i/n}. */
    public String shardText() {
      return shard + "/" + shardCount;
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

  private static final TrialFunction DEFAULT_TRIAL_FUNCTION = TrialRunner::run;
  private static volatile TrialFunction trialFunction = DEFAULT_TRIAL_FUNCTION;

  private SweepRunner() {}

  /**
   * Replaces how trials run, to test what a sweep does when one throws; {@code null} restores the
   * real runner.
   */
  @VisibleForTesting
  public static void setTrialFunctionForTests(TrialFunction function) {
    trialFunction = function == null ? DEFAULT_TRIAL_FUNCTION : function;
  }

  /** The indices of the trials of shard {@code shard} of {@code count}: every count-th trial. */
  public static List<Integer> shardIndices(int trialCount, int shard, int count) {
    List<Integer> indices = new ArrayList<>();
    for (int i = shard - 1; i < trialCount; i += count) {
      indices.add(i);
    }
    return indices;
  }

  /**
   * Runs (or resumes) {@code experiment} into {@code out}.
   *
   * @throws IllegalArgumentException for an output folder that cannot be written, an unfinished
   *     sweep without {@code --resume}, or a resume of a different grid; nothing is written then
   */
  public static Outcome run(
      ExperimentLoader.Loaded experiment, Path out, Settings settings, PrintWriter err) {
    Grid grid = experiment.grid();
    int lanes = LaneGroups.configured();
    List<Integer> mine = shardIndices(grid.trialCount(), settings.shard(), settings.shardCount());
    checkArgument(
        !mine.isEmpty(),
        "shard %s has no trials: the grid has only %s",
        settings.shardText(),
        grid.trialCount());
    ResultFiles.prepareFolder(out);
    Journal.Header header =
        new Journal.Header(experiment.sha256(), grid.trialCount(), settings.shardText());
    Set<Integer> done = ConcurrentHashMap.newKeySet();
    Path journalFile = Journal.file(out);
    if (settings.resume()
        && !Files.exists(journalFile)
        && Files.exists(out.resolve(ResultFiles.MANIFEST))) {
      // Nothing to resume: the sweep in the folder finished. Same grid: done; another: refused.
      ResultFiles.Manifest finished = ResultFiles.Manifest.read(out.resolve(ResultFiles.MANIFEST));
      checkArgument(
          finished.sourceSha256().equals(header.sourceSha256())
              && finished.shard().equals(header.shard()),
          "cannot resume: %s holds a finished sweep of another version of %s, or another shard;"
              + " run into a new --out folder",
          out,
          experiment.source());
      return new Outcome(mine.size(), 0, mine.size(), List.of(), 0, 0);
    }
    Journal journal;
    try {
      if (Files.exists(journalFile)) {
        checkArgument(
            settings.resume(),
            "%s holds an unfinished sweep; add --resume to finish it, or delete %s to start over",
            out,
            journalFile);
        Journal.Contents contents = Journal.read(out);
        checkArgument(
            contents.header().sourceSha256().equals(header.sourceSha256())
                && contents.header().trialCount() == header.trialCount(),
            "cannot resume: %s was started from another version of %s (source SHA-256 %s, now %s);"
                + " run into a new --out folder",
            out,
            experiment.source(),
            shortHash(contents.header().sourceSha256()),
            shortHash(header.sourceSha256()));
        checkArgument(
            contents.header().shard().equals(header.shard()),
            "cannot resume: %s is shard %s, not %s",
            out,
            contents.header().shard(),
            header.shard());
        done.addAll(contents.finished().keySet());
        journal = Journal.append(out);
      } else {
        journal = Journal.create(out, header);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot write to output folder " + out + ": " + ResultFiles.describe(e), e);
    }

    List<Grid.Trial> todo = new ArrayList<>();
    for (int i : mine) {
      if (!done.contains(i)) {
        todo.add(grid.trial(i));
      }
    }
    int reused = mine.size() - todo.size();
    if (settings.progress()) {
      err.printf(
          Locale.ROOT,
          "qsweep: %s: %d configurations x %d replicates = %d trials%s; %d to run on %d threads"
              + " -> %s%n",
          grid.name(),
          grid.configurations().size(),
          grid.replicates(),
          grid.trialCount(),
          settings.shardCount() > 1
              ? " (shard " + settings.shardText() + ": " + mine.size() + ")"
              : "",
          todo.size(),
          settings.threads(),
          out);
      err.flush();
    }
    Progress progress =
        new Progress(mine.size(), reused, settings.threads(), settings.progress() ? err : null);
    List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    Map<String, Prepared> models = new ConcurrentHashMap<>();
    long began = System.nanoTime();
    ForkJoinPool pool = new ForkJoinPool(settings.threads());
    try (journal) {
      List<ForkJoinTask<?>> tasks = new ArrayList<>();
      // One task per lane group (LaneGroups); within it, each trial is journaled as before.
      for (List<Grid.Trial> group : LaneGroups.of(todo, settings.threads(), lanes)) {
        tasks.add(
            pool.submit(
                () -> {
                  List<TrialResult> laneResults = runAsLanes(group, models);
                  for (int g = 0; g < group.size(); g++) {
                    Grid.Trial trial = group.get(g);
                    Journal.Entry entry;
                    try {
                      Prepared p = models.computeIfAbsent(envKey(trial), k -> prepare(trial));
                      TrialResult r =
                          laneResults != null
                              ? laneResults.get(g)
                              : trialFunction.run(trial.spec(), p.model, p.optimalReturn);
                      entry =
                          new Journal.Entry(
                              trial.index(),
                              TrialRecords.trialRow(trial, r, p.model.maxEpisodeSteps()),
                              TrialRecords.curveRows(trial.id(), r.curve()),
                              TrialRecords.evaluationRows(trial.id(), r.evaluations()),
                              TrialRecords.timingRow(trial.id(), r));
                      progress.finished(r.totals().steps());
                    } catch (RuntimeException | Error e) {
                      String message = e.getClass().getSimpleName() + ": " + e.getMessage();
                      failures.add(
                          new Failure(
                              trial.id(),
                              trial.configuration().id(),
                              trial.spec().rootSeed(),
                              trial.spec().replicate(),
                              message));
                      try {
                        journal.appendFailure(trial.index(), trial.id(), message);
                      } catch (IOException io) {
                        throw new UncheckedIOException(io);
                      }
                      progress.failed();
                      continue;
                    }
                    try {
                      journal.append(entry);
                    } catch (IOException io) {
                      throw new UncheckedIOException(io);
                    }
                    done.add(trial.index());
                  }
                }));
      }
      for (ForkJoinTask<?> task : tasks) {
        task.join();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdown();
      progress.close();
    }
    double seconds = (System.nanoTime() - began) / 1e9;

    // The results are streamed out of the journal, trial by trial, in trial order.
    Map<Integer, long[]> blocks = Journal.read(out).finished();
    List<long[]> mineDone = new ArrayList<>();
    for (int i : mine) {
      if (blocks.containsKey(i)) {
        mineDone.add(blocks.get(i));
      }
    }
    if (!mineDone.isEmpty()) {
      ResultFiles.writeFromJournal(out, mineDone, grid.evalEvery() > 0);
      ResultFiles.Manifest manifest =
          new ResultFiles.Manifest(
              grid.name(),
              experiment.source().toString(),
              experiment.sha256(),
              experiment.className(),
              grid.seed(),
              grid.configurations().size(),
              grid.replicates(),
              grid.trialCount(),
              grid.sweptAxes(),
              settings.shardText(),
              Versions.qsweep(),
              Versions.java());
      AtomicFiles.writeText(out.resolve(ResultFiles.MANIFEST), w -> w.write(manifest.toJson()));
    }
    if (failures.isEmpty()) {
      try {
        Files.deleteIfExists(journalFile);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<Failure> sorted = new ArrayList<>(failures);
    sorted.sort((a, b) -> a.trialId().compareTo(b.trialId()));
    return new Outcome(mine.size(), todo.size(), reused, sorted, progress.steps(), seconds);
  }

  /**
   * The group's results from {@link LaneRunner}, or null when trials run one by one: a test's trial
   * function is set, or the group threw (then each trial runs alone, so a failure is recorded
   * against the trial that failed).
   */
  private static List<TrialResult> runAsLanes(
      List<Grid.Trial> group, Map<String, Prepared> models) {
    if (trialFunction != DEFAULT_TRIAL_FUNCTION || group.size() == 1) {
      return null;
    }
    try {
      Prepared p = models.computeIfAbsent(envKey(group.get(0)), k -> prepare(group.get(0)));
      List<TrialSpec> specs = new ArrayList<>(group.size());
      for (Grid.Trial trial : group) {
        specs.add(trial.spec());
      }
      return LaneRunner.run(specs, p.model, p.optimalReturn);
    } catch (RuntimeException | Error e) {
      return null;
    }
  }

  private static String shortHash(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }

  private record Prepared(TabularModel model, double optimalReturn) {}

  private static String envKey(Grid.Trial trial) {
    return trial.spec().envId() + " " + EnvOptions.join(trial.spec().envOptions());
  }

  private static Prepared prepare(Grid.Trial trial) {
    Environment environment = trial.spec().environment();
    TabularModel model = environment.dynamics();
    return new Prepared(model, OptimalControl.optimalReturn(model));
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
