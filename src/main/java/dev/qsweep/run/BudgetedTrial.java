package dev.qsweep.run;

import dev.qsweep.experiment.Grid;
import java.io.Serializable;

/**
 * A trial of a budgeted search's batch: train {@code trial} until {@code budget} episodes, having
 * trained {@code from} already in an earlier batch (0: a fresh start). The trial's spec holds the
 * full budget, which its curve is binned over. An executor that still holds the trial paused at
 * {@code from} continues it; any other retrains it from episode 0, which gives the same bits.
 *
 * @param trial the trial, with its id, configuration and spec
 * @param from the episodes it trained in earlier batches
 * @param budget the episodes to reach, at most the spec's
 */
public record BudgetedTrial(Grid.Trial trial, int from, int budget) implements Serializable {
  private static final long serialVersionUID = 1L;
}
