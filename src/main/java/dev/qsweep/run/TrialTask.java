package dev.qsweep.run;

import dev.qsweep.env.EnvOptions;
import dev.qsweep.env.Environment;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.Grid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One trial of a sweep, run on a pool thread: train and score it, then journal its rows, or its
 * failure (with id, configuration and seed) if it throws; the sweep goes on either way.
 */
final class TrialTask {
  private final Journal journal;
  private final Progress progress;
  private final List<SweepRunner.Failure> failures;
  // One model and optimal return per environment (with its options): few, shared by the trials.
  private final Map<String, Prepared> models = new ConcurrentHashMap<>();

  TrialTask(Journal journal, Progress progress, List<SweepRunner.Failure> failures) {
    this.journal = journal;
    this.progress = progress;
    this.failures = failures;
  }

  private record Prepared(TabularModel model, double optimalReturn) {}

  void run(Grid.Trial trial) {
    Journal.Entry entry;
    try {
      Prepared p = models.computeIfAbsent(envKey(trial), k -> prepare(trial));
      TrialResult r = SweepRunner.trialFunction.run(trial.spec(), p.model, p.optimalReturn);
      entry =
          new Journal.Entry(
              TrialRecords.trialRow(trial, r, p.model.maxEpisodeSteps()),
              TrialRecords.curveRows(trial.id(), r.curve()),
              TrialRecords.evaluationRows(trial.id(), r.evaluations()),
              TrialRecords.timingRow(trial.id(), r));
      progress.finished(r.totals().steps());
    } catch (RuntimeException | Error e) {
      String message = e.getClass().getSimpleName() + ": " + e.getMessage();
      failures.add(
          new SweepRunner.Failure(
              trial.id(),
              trial.configuration().id(),
              trial.spec().rootSeed(),
              trial.spec().replicate(),
              message));
      try {
        journal.appendFailure(trial.id(), message);
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
      progress.failed();
      return;
    }
    try {
      journal.append(entry);
    } catch (IOException io) {
      throw new UncheckedIOException(io);
    }
  }

  private static String envKey(Grid.Trial trial) {
    return trial.spec().envId() + " " + EnvOptions.join(trial.spec().envOptions());
  }

  private static Prepared prepare(Grid.Trial trial) {
    Environment environment = trial.spec().environment();
    TabularModel model = environment.dynamics();
    return new Prepared(model, OptimalControl.optimalReturn(model));
  }
}
