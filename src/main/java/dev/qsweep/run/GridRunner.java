package dev.qsweep.run;

import com.google.common.collect.AbstractIterator;
import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Grid;
import dev.qsweep.search.GridSearch;
import dev.qsweep.util.Checkpoint;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A full grid's run, or one shard's: every trial the shard owns in one batch on the executor,
 * journaled as each finishes, then the results folder written from the journal in trial order.
 */
final class GridRunner {
  private GridRunner() {}

  /** Runs (or resumes) {@code experiment}'s grid into {@code out} on {@code executor}. */
  static SweepRunner.Outcome run(
      ExperimentLoader.Loaded experiment,
      Path out,
      SweepRunner.Settings settings,
      TrialExecutor executor,
      String where,
      PrintWriter err) {
    Grid grid = experiment.grid();
    int mine = settings.trialsOf(grid.trialCount());
    ResultFiles.prepareFolder(out);
    Checkpoint.reach("folder-ready");
    Journal.Header header =
        new Journal.Header(
            Versions.qsweep(), experiment.sha256(), grid.trialCount(), settings.shardText());
    SweepFolder.Opened opened =
        SweepFolder.open(out, header, grid, experiment.source().toString(), settings);
    if (opened.journal() == null) {
      return new SweepRunner.Outcome(mine, 0, mine, List.of(), 0, 0);
    }
    int reused = opened.done() == null ? 0 : opened.done().finished();
    if (settings.progress()) {
      err.printf(
          Locale.ROOT,
          "qsweep: %s: %d configurations x %d replicates = %d trials%s; %d to run on %s -> %s%n",
          grid.name(),
          grid.configurationCount(),
          grid.replicates(),
          grid.trialCount(),
          settings.shardCount() > 1 ? " (shard " + settings.shardText() + ": " + mine + ")" : "",
          mine - reused,
          where,
          out);
      err.flush();
    }
    Progress progress = new Progress(mine, reused, where, settings.progress() ? err : null);
    List<SweepRunner.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    long began = System.nanoTime();
    try (Journal journal = opened.journal()) {
      executor.run(
          pending(grid, settings, opened.done()), new JournalSink(journal, progress, failures));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      progress.close();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    Checkpoint.reach("trials-done");
    writeResults(experiment, out, settings);
    if (failures.isEmpty()) {
      SweepFolder.deleteJournal(out);
      Checkpoint.reach("journal-deleted");
    }
    List<SweepRunner.Failure> sorted = new ArrayList<>(failures);
    sorted.sort((a, b) -> a.trialId().compareTo(b.trialId()));
    return new SweepRunner.Outcome(mine, mine - reused, reused, sorted, progress.steps(), seconds);
  }

  /** The shard's trials that {@code done} does not hold, in trial order, read lazily. */
  private static Iterator<Grid.Trial> pending(
      Grid grid, SweepRunner.Settings settings, JournalReader.Contents done) {
    return new AbstractIterator<>() {
      private int i = settings.shard() - 1;

      @Override
      protected Grid.Trial computeNext() {
        while (i < grid.trialCount() && done != null && done.isFinished(i)) {
          i += settings.shardCount();
        }
        if (i >= grid.trialCount()) {
          return endOfData();
        }
        Grid.Trial trial = grid.trial(i);
        i += settings.shardCount();
        return trial;
      }
    };
  }

  /** Streams the journal's finished trials into the result files, then writes the manifest. */
  private static void writeResults(
      ExperimentLoader.Loaded experiment, Path out, SweepRunner.Settings settings) {
    Grid grid = experiment.grid();
    JournalReader.Contents contents =
        JournalReader.read(out, grid.trialCount(), SweepFolder.ownedBy(grid, settings));
    if (contents.finished() == 0) {
      return;
    }
    long envSteps =
        ResultWriter.writeFromJournal(out, contents, grid.evalEvery() > 0, grid.withoutTimeLimit());
    SearchResults.writeManifest(
        out,
        experiment,
        new GridSearch(grid),
        grid.configurationCount(),
        grid.replicates(),
        grid.trialCount(),
        envSteps,
        settings);
    Checkpoint.reach("results-written");
  }
}
