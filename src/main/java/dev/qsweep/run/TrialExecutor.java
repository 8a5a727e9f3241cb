package dev.qsweep.run;

import dev.qsweep.experiment.Grid;
import java.util.Iterator;
import java.util.List;

/**
 * Where a sweep's trials run: the seam between deciding what to train (the sweep, its strategy) and
 * training it. An executor trains each trial it is given and hands its records to the sink, in any
 * order and on any thread; only the sink writes anything. Results are keyed by trial id, so which
 * executor ran a trial, on how many threads or machines, never changes a byte.
 */
public interface TrialExecutor extends AutoCloseable {
  /**
   * Trains every trial of {@code trials} (read lazily, so a grid of millions of trials is never
   * held at once) and returns when each has reached the sink, finished or failed.
   */
  void run(Iterator<Grid.Trial> trials, TrialSink sink);

  /**
   * Trains each trial of a budgeted search's batch (successive halving's rung) until its budget,
   * and returns when each has reached the sink. A trial continues from where it paused if this
   * executor still holds it ({@link LocalExecutor} keeps paused trials in memory between batches);
   * otherwise it is retrained from episode 0, which gives the same bits, only slower. This default
   * retrains every trial, one at a time, on the calling thread.
   */
  default void run(List<BudgetedTrial> batch, TrialSink sink) {
    TrialTask task = new TrialTask(sink);
    for (BudgetedTrial trial : batch) {
      task.runBudgeted(List.of(trial), null);
    }
  }

  /** Releases the executor's threads or connections; it runs nothing afterwards. */
  @Override
  void close();
}
