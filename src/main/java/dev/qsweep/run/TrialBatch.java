package dev.qsweep.run;

import dev.qsweep.experiment.Grid;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trains trials on the calling thread and hands each to a sink: what a remote executor's task does
 * with the trials it was sent, exactly as {@link LocalExecutor}'s threads do (same lane groups,
 * same records), so where a trial ran never changes a byte.
 */
public final class TrialBatch {
  // The JVM's models, shared by its batches: a remote executor runs many small batches of the
  // same environments, and solving one for its optimal return costs more than a short trial.
  private static final Map<String, TrialTask.Prepared> MODELS = new ConcurrentHashMap<>();

  private TrialBatch() {}

  /** The lane count this JVM is configured for ({@code -Dqsweep.lanes}, else the default). */
  public static int configuredLanes() {
    return LaneGroups.configured();
  }

  /**
   * Runs {@code trials} in lane groups of up to {@code lanes}, one group after another; each trial
   * reaches {@code sink}, finished or failed.
   */
  public static void run(List<Grid.Trial> trials, int lanes, TrialSink sink) {
    TrialTask task = new TrialTask(sink, MODELS);
    for (List<Grid.Trial> group : LaneGroups.of(trials, 1, lanes)) {
      task.run(group);
    }
  }

  /**
   * Runs a budgeted search's {@code batch} in lane groups of up to {@code lanes}, one group after
   * another, each trial retrained from episode 0 to its budget (this JVM holds no paused trial),
   * which gives the bits of a continued one; each trial reaches {@code sink}, finished or failed.
   */
  public static void runBudgeted(List<BudgetedTrial> batch, int lanes, TrialSink sink) {
    TrialTask task = new TrialTask(sink, MODELS);
    for (List<BudgetedTrial> group : LaneGroups.of(batch, BudgetedTrial::trial, 1, lanes)) {
      task.runBudgeted(group, null);
    }
  }
}
