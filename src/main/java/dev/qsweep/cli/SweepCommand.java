package dev.qsweep.cli;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.primitives.Ints;
import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Sweep;
import dev.qsweep.report.ConfigSummary;
import dev.qsweep.report.Report;
import dev.qsweep.report.Score;
import dev.qsweep.report.Statistics;
import dev.qsweep.run.FolderLock;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.run.SweepRunner;
import dev.qsweep.search.GridSearch;
import dev.qsweep.search.SearchExperiment;
import dev.qsweep.search.Strategy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qsweep sweep}: runs a grid or a search written in Java and writes its results folder. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run a grid or a search written in Java; write its results folder and report.",
      "Compiles EXPERIMENT.java in-process (no rebuild of qsweep), runs every trial in parallel,",
      "and writes manifest.json, trials.csv, curves.csv, summary.csv, timings.csv (evaluations.csv",
      "when the grid asks for exact scores during training), charts/*.png and report.md."
    })
final class SweepCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "EXPERIMENT.java",
      description = "The experiment, e.g. experiments/TutorialGrid.java.")
  Path experiment;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all processors).")
  Integer threads;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Results folder (default: results/<name>, the grid's or search space's).")
  Path out;

  @Option(names = "--resume", description = "Finish the unfinished sweep in the results folder.")
  boolean resume;

  @Option(
      names = "--overwrite",
      description = "Replace the results of another sweep in the results folder, charts included.")
  boolean overwrite;

  @Option(
      names = "--dry-run",
      description = "Print the configurations, trials, episodes and env steps; run nothing.")
  boolean dryRun;

  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description =
          "Run only every N-th trial, starting with the I-th (1-based), into its own folder.")
  String shard;

  @Option(names = "--quiet", description = "No progress line.")
  boolean quiet;

  @Option(
      names = "--spark",
      paramLabel = "MASTER",
      description = {
        "Run the trials on Apache Spark instead of local threads: local[N], local[*],",
        "spark://host:port, yarn, k8s://... (the qsweep-spark module; README, Running on Spark)."
      })
  String spark;

  @Override
  @SuppressWarnings("try") // the lock is held for the block, not called
  public void run() {
    checkArgument(
        spark == null || threads == null,
        "--spark %s and --threads %s contradict each other; give one (local[%s] is Spark on %s"
            + " threads)",
        spark,
        threads,
        threads,
        threads);
    int shardIndex = 1;
    int shardCount = 1;
    if (shard != null) {
      List<String> parts = Splitter.on('/').splitToList(shard);
      Integer index = parts.size() == 2 ? Ints.tryParse(parts.get(0)) : null;
      Integer count = parts.size() == 2 ? Ints.tryParse(parts.get(1)) : null;
      checkArgument(
          index != null && count != null,
          "--shard %s is not valid; expected I/N with 1 <= I <= N, for example 2/4",
          shard);
      shardIndex = index;
      shardCount = count;
    }
    SweepRunner.Settings settings =
        new SweepRunner.Settings(
            threads == null ? Runtime.getRuntime().availableProcessors() : threads,
            resume,
            overwrite,
            shardIndex,
            shardCount,
            !quiet);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExperimentLoader.Loaded loaded = ExperimentLoader.load(experiment);
    Sweep sweep = loaded.sweep();
    Strategy strategy = SearchExperiment.of(loaded);
    SweepRunner.checkShards(strategy, settings);
    if (dryRun) {
      DryRun.print(out, sweep, strategy, settings);
      return;
    }
    Path folder = out(sweep, settings);
    SweepRunner.Outcome outcome;
    try (FolderLock lock = FolderLock.create(folder)) {
      outcome = SweepRunner.run(loaded, strategy, folder, settings, spark, err);
      if (!(strategy instanceof GridSearch) && !outcome.failures().isEmpty()) {
        searchFailed(err, strategy, folder, outcome.failures());
      }
      printOutcome(out, outcome);
      if (!(strategy instanceof GridSearch) && Files.exists(folder.resolve(ResultFiles.MANIFEST))) {
        out.printf(
            Locale.ROOT,
            "The %s search spent %,d env steps %s (total_env_steps in manifest.json).%n",
            strategy.name(),
            ResultFiles.Manifest.read(folder.resolve(ResultFiles.MANIFEST)).totalEnvSteps(),
            shardCount == 1 ? "in all" : "in shard " + settings.shardText() + "; merge sums them");
      }
      if (shardCount == 1
          && outcome.trialsRun() + outcome.trialsReused() > outcome.failures().size()) {
        List<ConfigSummary> summaries = Report.write(folder);
        printTop(out, summaries, sweep.sweptAxes());
      }
    }
    if (shardCount == 1) {
      out.printf(Locale.ROOT, "Results in %s; read %s%n", folder, folder.resolve(Report.MARKDOWN));
    } else {
      out.printf(
          Locale.ROOT,
          "Shard results in %s; join all %d shards with 'qsweep merge OUT DIR...'%n",
          folder,
          shardCount);
    }
    out.flush();
    if (!outcome.failures().isEmpty()) {
      err.printf(
          Locale.ROOT,
          "qsweep sweep: %d of %d trials failed (rerun with --resume to retry them):%n",
          outcome.failures().size(),
          outcome.trialsInShard());
      for (SweepRunner.Failure f : outcome.failures()) {
        err.println("  " + SweepRunner.describe(f));
      }
      err.flush();
      throw new Errors.RunFailedException();
    }
  }

  /**
   * A search whose trial failed stops: it cannot decide its next batch without that trial. One line
   * says which and what it threw, then exit 1; the folder holds the journal only.
   */
  private static void searchFailed(
      PrintWriter err, Strategy strategy, Path folder, List<SweepRunner.Failure> failures) {
    err.printf(
        Locale.ROOT,
        "qsweep sweep: the %s search stopped: trial %s%s; no result was written; the journal in %s"
            + " is kept: remove the cause and rerun with --resume%n",
        strategy.name(),
        SweepRunner.describe(failures.get(0)),
        failures.size() > 1 ? " (and " + (failures.size() - 1) + " more trials failed)" : "",
        folder);
    err.flush();
    throw new Errors.RunFailedException();
  }

  private static void printOutcome(PrintWriter out, SweepRunner.Outcome outcome) {
    if (outcome.trialsRun() == 0) {
      out.printf(
          Locale.ROOT, "Nothing to run: all %d trials are already done.%n", outcome.trialsReused());
    } else {
      out.printf(
          Locale.ROOT,
          "Ran %d trials%s in %.1f s: %,d env steps, %.3g env steps/s over the whole sweep.%n",
          outcome.trialsRun(),
          outcome.trialsReused() > 0 ? " (" + outcome.trialsReused() + " already done)" : "",
          outcome.seconds(),
          outcome.envSteps(),
          outcome.envSteps() / Math.max(outcome.seconds(), 1e-9));
    }
  }

  private Path out(Sweep sweep, SweepRunner.Settings settings) {
    if (this.out != null) {
      return this.out;
    }
    String name =
        settings.shardCount() == 1
            ? sweep.name()
            : sweep.name() + "-shard-" + settings.shard() + "-of-" + settings.shardCount();
    return Path.of("results", name);
  }

  static void printTop(PrintWriter out, List<ConfigSummary> summaries, List<String> swept) {
    out.println();
    boolean endless = false;
    for (ConfigSummary c : summaries) {
      endless |= c.mean(Score.NEVER_ENDS_PROBABILITY) > 0;
    }
    out.println(
        "Best configurations (mean over replicates, 95% CI; ranked by "
            + (endless ? "the probability of never ending, then " : "")
            + "reward per move, then penalties, then return):");
    int width = 8;
    for (ConfigSummary c : summaries.subList(0, Math.min(5, summaries.size()))) {
      width = Math.max(width, c.label(swept).length());
    }
    String row = "  %-4s %-6s %-" + width + "s  %-26s %-10s %-10s %s%n";
    out.printf(
        Locale.ROOT,
        row,
        "rank",
        "config",
        "settings",
        "reward per move",
        "penalties",
        "return",
        "tied with best");
    for (ConfigSummary c : summaries.subList(0, Math.min(5, summaries.size()))) {
      Statistics.Estimate rpm = c.estimates().get(Score.REWARD_PER_MOVE);
      out.printf(
          Locale.ROOT,
          row,
          c.rank(),
          c.configId(),
          c.label(swept),
          Double.isNaN(rpm.ciLow())
              ? String.format(Locale.ROOT, "%.4f", rpm.mean())
              : String.format(
                  Locale.ROOT, "%.4f [%.4f, %.4f]", rpm.mean(), rpm.ciLow(), rpm.ciHigh()),
          String.format(Locale.ROOT, "%.4f", c.mean(Score.EXPECTED_PENALTIES)),
          String.format(Locale.ROOT, "%.4f", c.mean(Score.EXPECTED_RETURN)),
          c.rank() == 1
              ? "(best)"
              : !c.sameBudget(summaries.get(0))
                  ? "not compared (" + c.budget() + " episodes)"
                  : c.tiedWithBest() ? "yes" : "no");
    }
    for (ConfigSummary c : summaries.subList(0, Math.min(5, summaries.size()))) {
      double never = c.mean(Score.NEVER_ENDS_PROBABILITY);
      if (never > 0) {
        out.printf(
            Locale.ROOT,
            "  %s: no time limit, and its episode never ends with probability %.4f (mean);"
                + " its figures are over the episodes that end%n",
            c.configId(),
            never);
      }
    }
    if (summaries.size() > 5) {
      out.printf(Locale.ROOT, "  ... %d more in summary.csv%n", summaries.size() - 5);
    }
  }
}
