package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.experiment.Configuration;
import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.Sweep;
import dev.qsweep.search.Batch;
import dev.qsweep.search.Outcome;
import dev.qsweep.search.Proposal;
import dev.qsweep.search.Strategy;
import dev.qsweep.util.Checkpoint;
import dev.qsweep.util.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The driver loop of a search other than the full grid: the strategy proposes a batch, the journal
 * records it, the executor trains its trials, each configuration's outcome is computed from the
 * journaled rows, and the strategy decides the next batch from those, until it is done. A resume
 * replays the journaled batches (checking the strategy decides each the same from the journaled
 * results) and never decides anew.
 */
/*
 * Determinism: outcomes are means over replicates in replicate order, read from the journal on this
 * thread; the strategy ranks them in a total order. Threads decide only when a trial runs, never
 * what it computes or what is decided from it.
 */
final class SearchRunner {
  private SearchRunner() {}

  /**
   * Runs (or resumes) {@code strategy} over {@code experiment}'s grid or space into {@code out},
   * training each batch on {@code executor}, which the progress line calls {@code where} ({@code 2
   * threads}, {@code Spark local[2]}).
   */
  static SweepRunner.Outcome run(
      ExperimentLoader.Loaded experiment,
      Strategy strategy,
      Path out,
      SweepRunner.Settings settings,
      TrialExecutor executor,
      String where,
      PrintWriter err) {
    Sweep sweep = experiment.sweep();
    long planned = plannedTrials(strategy, sweep.replicates());
    long mine = settings.trialRunsOf(strategy, sweep.replicates());
    checkArgument(
        mine > 0,
        "shard %s has no trials: the %s search has only %s",
        settings.shardText(),
        strategy.name(),
        planned);
    // The first batch before the folder: experiment code that throws proposing it leaves nothing.
    Optional<Batch> first = strategy.next(List.of());
    ResultFiles.prepareFolder(out);
    Checkpoint.reach("folder-ready");
    Journal.Header header =
        new Journal.Header(
            Versions.qsweep(),
            experiment.sha256(),
            (int) Math.min(Integer.MAX_VALUE, planned),
            settings.shardText());
    SweepFolder.Opened opened =
        SweepFolder.open(
            out, header, dir -> JournalReader.readSearch(dir, sweep.replicates()), settings);
    if (opened.journal() == null) {
      return new SweepRunner.Outcome(0, 0, 0, List.of(), 0, 0);
    }
    List<JournalScan.Batch> journaled = opened.done() == null ? List.of() : opened.done().batches();
    if (settings.progress()) {
      err.printf(
          Locale.ROOT,
          "qsweep: %s: %s search, at most %d trial runs (%d replicates each)%s"
              + " on %s"
              + " -> %s%n",
          sweep.name(),
          strategy.name(),
          planned,
          sweep.replicates(),
          settings.shardCount() > 1 ? " (shard " + settings.shardText() + ": " + mine + ")" : "",
          where,
          out);
      err.flush();
    }
    int reused = opened.done() == null ? 0 : opened.done().finished();
    Progress progress =
        new Progress(
            (int) Math.min(Integer.MAX_VALUE, mine),
            reused,
            where,
            settings.progress() ? err : null);
    List<SweepRunner.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    List<List<Outcome>> done = new ArrayList<>();
    int ran = 0;
    long began = System.nanoTime();
    try (Journal journal = opened.journal()) {
      for (Optional<Batch> next = first;
          next.isPresent() && failures.isEmpty();
          next = strategy.next(done)) {
        Batch batch = next.get();
        int k = done.size();
        List<String> proposals = proposalTexts(batch);
        JournalScan.Batch before = k < journaled.size() ? journaled.get(k) : null;
        if (before == null) {
          journal.appendBatch(k, batch.label(), proposals);
        } else {
          checkArgument(
              before.proposals().equals(proposals),
              "cannot resume: batch %s in %s is not what the %s search decides from the journaled"
                  + " results (the journal was altered); add --overwrite to start over",
              k,
              Journal.file(out),
              strategy.name());
        }
        List<BudgetedTrial> work = new ArrayList<>();
        // A shard runs every N-th trial of the batch, as a grid's shard does of the grid.
        for (int i = settings.shard() - 1;
            i < batch.proposals().size() * sweep.replicates();
            i += settings.shardCount()) {
          if (before == null || !before.isFinished(i)) {
            work.add(trial(sweep, strategy, batch.proposals(), i));
          }
        }
        ran += work.size();
        executor.run(work, new JournalSink(journal, progress, failures));
        if (failures.isEmpty()) {
          // A shard holds part of the batch's results; a strategy that splits into shards decides
          // nothing from them (Strategy.splitsIntoShards), so it is told only that the batch ran.
          done.add(
              settings.shardCount() == 1 ? outcomes(out, batch, sweep.replicates()) : List.of());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      progress.close();
    }
    checkArgument(
        !failures.isEmpty() || done.size() >= journaled.size(),
        "cannot resume: %s holds %s batches, but the %s search ends after %s (the journal was"
            + " altered); add --overwrite to start over",
        Journal.file(out),
        journaled.size(),
        strategy.name(),
        done.size());
    double seconds = (System.nanoTime() - began) / 1e9;
    Checkpoint.reach("trials-done");
    List<SweepRunner.Failure> sorted = new ArrayList<>(failures);
    sorted.sort((a, b) -> a.trialId().compareTo(b.trialId()));
    if (!failures.isEmpty()) {
      // The search cannot decide its next batch without the failed trials: it stops, writing no
      // result file (they would look like a finished search's), and keeps the journal for --resume.
      return new SweepRunner.Outcome(0, ran, reused, sorted, progress.steps(), seconds);
    }
    SearchResults.Written written = SearchResults.write(experiment, strategy, out, settings);
    SweepFolder.deleteJournal(out);
    Checkpoint.reach("journal-deleted");
    return new SweepRunner.Outcome(
        written.trials(), ran, reused, sorted, progress.steps(), seconds);
  }

  /** The trial runs a strategy's plan may make: its stages' configurations times replicates. */
  static long plannedTrials(Strategy strategy, int replicates) {
    long configurations = 0;
    for (Strategy.Stage stage : strategy.plan()) {
      configurations += stage.configurations();
    }
    return configurations * replicates;
  }

  /** A batch's proposals as the journal records them: {@code ID/FROM/BUDGET/STAGE}. */
  static List<String> proposalTexts(Batch batch) {
    List<String> texts = new ArrayList<>();
    for (Proposal p : batch.proposals()) {
      texts.add(p.configId() + "/" + p.startEpisode() + "/" + p.budget() + "/" + p.stage());
    }
    return texts;
  }

  /** Trial {@code i} of a batch: replicate {@code i % replicates} of proposal {@code i / ...}. */
  private static BudgetedTrial trial(
      Sweep sweep, Strategy strategy, List<Proposal> proposals, int i) {
    Proposal p = proposals.get(i / sweep.replicates());
    int replicate = i % sweep.replicates();
    Configuration c = p.configuration();
    int full = strategy.fullBudget() > 0 ? strategy.fullBudget() : c.episodes();
    Grid.Trial trial =
        new Grid.Trial(
            i,
            Grid.trialId(c.id(), replicate, sweep.replicates()),
            c,
            c.spec(full, sweep.evalEvery(), sweep.curveBins(), sweep.seed(), replicate));
    return new BudgetedTrial(trial, p.startEpisode(), p.budget());
  }

  /**
   * Each proposal's outcome, from the batch's journaled trial rows: the mean over replicates, in
   * replicate order, of reward per move, and minus the mean expected penalties.
   */
  private static List<Outcome> outcomes(Path out, Batch batch, int replicates) {
    JournalScan.Batch journaled =
        JournalReader.readSearch(out, replicates).batches().get(batch.index());
    int n = batch.proposals().size() * replicates;
    double[] rewardPerMove = new double[n];
    double[] penalties = new double[n];
    int[] at = {0};
    JournalReader.forEachRecord(
        out,
        journaled.starts(),
        journaled.ends(),
        (kind, row) -> {
          if (kind == 'T') {
            rewardPerMove[at[0]] = Numbers.parse(row.get(Columns.Trial.REWARD_PER_MOVE.ordinal()));
            penalties[at[0]] = Numbers.parse(row.get(Columns.Trial.EXPECTED_PENALTIES.ordinal()));
            at[0]++;
          }
        });
    checkArgument(
        at[0] == n, "batch %s: %s of its %s trials are journaled", batch.index(), at[0], n);
    List<Outcome> outcomes = new ArrayList<>();
    for (int p = 0; p < batch.proposals().size(); p++) {
      double r = 0;
      double pen = 0;
      for (int k = 0; k < replicates; k++) {
        r += rewardPerMove[p * replicates + k];
        pen += penalties[p * replicates + k];
      }
      outcomes.add(
          new Outcome(batch.proposals().get(p).configId(), r / replicates, -pen / replicates));
    }
    return outcomes;
  }
}
