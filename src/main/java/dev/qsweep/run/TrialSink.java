package dev.qsweep.run;

import dev.qsweep.experiment.Grid;

/**
 * Receives each trial an executor ran: its records when it finished, or its failure message when it
 * threw. Called from any thread, so implementations are thread-safe.
 */
public interface TrialSink {
  /** {@code trial} finished with {@code records} after {@code envSteps} environment steps. */
  void finished(Grid.Trial trial, TrialRows records, long envSteps);

  /** {@code trial} threw; {@code message} names the exception and says what it said. */
  void failed(Grid.Trial trial, String message);
}
