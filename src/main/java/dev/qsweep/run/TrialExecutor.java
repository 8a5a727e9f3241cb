package dev.qsweep.run;

import dev.qsweep.experiment.Grid;
import java.util.Iterator;

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

  /** Releases the executor's threads or connections; it runs nothing afterwards. */
  @Override
  void close();
}
