package dev.qsweep.run;

import dev.qsweep.experiment.Grid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The local sweep's sink: journals each trial as it arrives, counts it on the progress line, and
 * keeps each failure (with id, configuration and seed) for the summary.
 */
final class JournalSink implements TrialSink {
  private final Journal journal;
  private final Progress progress;
  private final List<SweepRunner.Failure> failures;

  JournalSink(Journal journal, Progress progress, List<SweepRunner.Failure> failures) {
    this.journal = journal;
    this.progress = progress;
    this.failures = failures;
  }

  @Override
  public void finished(Grid.Trial trial, TrialRows records, long envSteps) {
    progress.finished(envSteps);
    try {
      journal.append(records);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void failed(Grid.Trial trial, String message) {
    failures.add(
        new SweepRunner.Failure(
            trial.id(),
            trial.configuration().id(),
            trial.spec().rootSeed(),
            trial.spec().replicate(),
            message));
    try {
      journal.appendFailure(trial.id(), message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress.failed();
  }
}
