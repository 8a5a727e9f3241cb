package dev.qsweep.run;

import com.google.common.base.Splitter;
import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.Sweep;
import dev.qsweep.search.Standing;
import dev.qsweep.search.Strategy;
import dev.qsweep.util.AtomicFiles;
import dev.qsweep.util.Checkpoint;
import dev.qsweep.util.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;

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
    }
    if (last.isEmpty()) {
      return new Written(0, 0);
    }
    long total = writeHistory(out, batches);
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
    writeManifest(out, experiment, strategy, configurations, replicates, trials, total, settings);
    Checkpoint.reach("results-written");
    return new Written(last.size(), total);
  }

  /**
   * Writes history.csv ({@link Columns.History}): every trial's record in every batch, in batch and
   * proposal order; returns the search's logical cost, a continued trial counting the steps from
   * where it paused.
   */
  private static long writeHistory(Path out, List<JournalScan.Batch> batches) {
    long[] total = {0};
    Map<String, Long> stepsSoFar = new HashMap<>();
    AtomicFiles.writeText(
        out.resolve(ResultFiles.HISTORY),
        w -> {
          CSVPrinter printer = Csv.printer(w);
          printer.printRecord(Columns.headers(Columns.History.values()));
          for (JournalScan.Batch b : batches) {
            Map<String, List<String>> proposalOf = new HashMap<>();
            for (String proposal : b.proposals()) {
              List<String> parts = Splitter.on('/').splitToList(proposal);
              proposalOf.put(parts.get(0), parts);
            }
            JournalReader.forEachRecord(
                out,
                b.starts(),
                b.ends(),
                (kind, row) -> {
                  if (kind == 'T') {
                    long steps = Long.parseLong(row.get(Columns.Trial.TRAIN_STEPS.ordinal()));
                    Long before = stepsSoFar.put(row.get(0), steps);
                    long spent = steps - (before == null ? 0 : before);
                    total[0] += spent;
                    List<String> parts = proposalOf.get(row.get(Columns.Trial.CONFIG_ID.ordinal()));
                    printHistory(printer, b.index(), parts, row, spent);
                  }
                });
          }
          printer.flush();
        });
    return total[0];
  }

  private static void printHistory(
      CSVPrinter printer, int batch, List<String> proposal, List<String> row, long spent) {
    String[] cells = new String[Columns.History.values().length];
    cells[Columns.History.BATCH.ordinal()] = Integer.toString(batch);
    cells[Columns.History.STAGE.ordinal()] = proposal.get(3);
    cells[Columns.History.BUDGET.ordinal()] = proposal.get(2);
    cells[Columns.History.TRIAL_ID.ordinal()] = row.get(Columns.Trial.TRIAL_ID.ordinal());
    cells[Columns.History.CONFIG_ID.ordinal()] = row.get(Columns.Trial.CONFIG_ID.ordinal());
    cells[Columns.History.ENV_STEPS.ordinal()] = Long.toString(spent);
    cells[Columns.History.REWARD_PER_MOVE.ordinal()] =
        row.get(Columns.Trial.REWARD_PER_MOVE.ordinal());
    cells[Columns.History.EXPECTED_PENALTIES.ordinal()] =
        row.get(Columns.Trial.EXPECTED_PENALTIES.ordinal());
    cells[Columns.History.EXPECTED_RETURN.ordinal()] =
        row.get(Columns.Trial.EXPECTED_RETURN.ordinal());
    cells[Columns.History.NEVER_ENDS_PROBABILITY.ordinal()] =
        row.get(Columns.Trial.NEVER_ENDS_PROBABILITY.ordinal());
    try {
      printer.printRecord((Object[]) cells);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
