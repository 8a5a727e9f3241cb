package dev.qsweep.run;

import com.google.common.base.Splitter;
import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.Sweep;
import dev.qsweep.search.Standing;
import dev.qsweep.search.Strategy;
import dev.qsweep.util.AtomicFiles;
import dev.qsweep.util.Checkpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A search's result files, from its journal: one row per trial, its last journaled record (the
 * furthest its configuration got), with the strategy's columns ({@link Columns.Search}); and the
 * manifest with the search's total env steps.
 */
final class SearchResults {
  private SearchResults() {}

  /**
   * What was written.
   *
   * @param trials the rows of trials.csv
   * @param totalEnvSteps every env step the search spent ({@link ResultFiles.Manifest})
   */
  record Written(int trials, long totalEnvSteps) {}

  /** Where a trial's last record is, and the batch proposal that trained it last. */
  private record Last(long start, long end, int batch, String proposal) {}

  /** Writes the results of the search journaled in {@code out}. */
  static Written write(
      ExperimentLoader.Loaded experiment,
      Strategy strategy,
      Path out,
      SweepRunner.Settings settings) {
    Sweep sweep = experiment.sweep();
    int replicates = sweep.replicates();
    List<JournalScan.Batch> batches = JournalReader.readSearch(out, replicates).batches();
    Map<String, Last> last = new TreeMap<>(); // trial-id order: the files' order
    Map<String, Long> stepsSoFar = new HashMap<>();
    long[] total = {0};
    for (JournalScan.Batch b : batches) {
      for (int i = 0; i < b.ends().length; i++) {
        if (b.isFinished(i)) {
          String proposal = b.proposals().get(i / replicates);
          String configId = proposal.substring(0, proposal.indexOf('/'));
          last.put(
              Grid.trialId(configId, i % replicates, replicates),
              new Last(b.starts()[i], b.ends()[i], b.index(), proposal));
        }
      }
      // The logical cost: a continued trial counts the steps from where it paused.
      JournalReader.forEachRecord(
          out,
          b.starts(),
          b.ends(),
          (kind, row) -> {
            if (kind == 'T') {
              long steps = Long.parseLong(row.get(Columns.Trial.TRAIN_STEPS.ordinal()));
              Long before = stepsSoFar.put(row.get(0), steps);
              total[0] += steps - (before == null ? 0 : before);
            }
          });
    }
    if (last.isEmpty()) {
      return new Written(0, 0);
    }
    long[] starts = new long[last.size()];
    long[] ends = new long[last.size()];
    int k = 0;
    for (Last l : last.values()) {
      starts[k] = l.start();
      ends[k] = l.end();
      k++;
    }
    ResultWriter.writeFromJournal(
        out,
        starts,
        ends,
        sweep.evalEvery() > 0,
        sweep.withoutTimeLimit(),
        Columns.searchTrialHeader(sweep.withoutTimeLimit()),
        row -> withStanding(row, last.get(row.get(0)), strategy));
    int configurations =
        (int)
            last.keySet().stream()
                .map(id -> id.substring(0, id.lastIndexOf("-r")))
                .distinct()
                .count();
    int trials = last.size();
    if (settings.shardCount() > 1) {
      // A shard's manifest counts the whole search, as a grid shard's does the whole grid: merge
      // checks every shard against it, and the merged manifest is the unsharded run's.
      long planned = SearchRunner.plannedTrials(strategy, replicates);
      configurations = (int) (planned / replicates);
      trials = (int) planned;
    }
    writeManifest(
        out, experiment, strategy, configurations, replicates, trials, total[0], settings);
    Checkpoint.reach("results-written");
    return new Written(last.size(), total[0]);
  }

  /** {@code row} with the search's columns: stage, budget, status, batch. */
  private static List<String> withStanding(List<String> row, Last last, Strategy strategy) {
    List<String> parts = Splitter.on('/').splitToList(last.proposal());
    int budget = Integer.parseInt(parts.get(2));
    int full = strategy.fullBudget() > 0 ? strategy.fullBudget() : budget;
    List<String> all = new ArrayList<>(row);
    String[] added = new String[Columns.Search.values().length];
    added[Columns.Search.STAGE.ordinal()] = parts.get(3);
    added[Columns.Search.BUDGET.ordinal()] = parts.get(2);
    added[Columns.Search.STATUS.ordinal()] =
        (budget >= full ? Standing.Status.COMPLETE : Standing.Status.STOPPED).text();
    added[Columns.Search.BATCH.ordinal()] = Integer.toString(last.batch());
    all.addAll(List.of(added));
    return all;
  }

  /**
   * Writes the manifest of a finished sweep or search: {@code configurations} x {@code replicates}
   * kept as {@code trials} trials, after {@code envSteps} env steps in all.
   */
  static void writeManifest(
      Path out,
      ExperimentLoader.Loaded experiment,
      Strategy strategy,
      int configurations,
      int replicates,
      int trials,
      long envSteps,
      SweepRunner.Settings settings) {
    Sweep sweep = experiment.sweep();
    ResultFiles.Manifest manifest =
        new ResultFiles.Manifest(
            sweep.name(),
            experiment.source().toString(),
            experiment.sha256(),
            experiment.className(),
            sweep.seed(),
            configurations,
            replicates,
            trials,
            sweep.sweptAxes(),
            strategy.name(),
            strategy.settings(),
            envSteps,
            settings.shardText(),
            Versions.qsweep(),
            Versions.java());
    AtomicFiles.writeText(out.resolve(ResultFiles.MANIFEST), w -> w.write(manifest.toJson()));
  }
}
