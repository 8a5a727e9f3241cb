package dev.qsweep.run;

import dev.qsweep.experiment.Grid;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Runs trials on this machine's {@link ForkJoinPool}, streaming them: a chunk of trials at a time
 * is split into lane groups ({@link LaneGroups}) and at most a few groups per thread are queued at
 * once, so memory does not grow with the number of trials.
 */
final class LocalExecutor implements TrialExecutor {
  private final int threads;
  private final int lanes;
  private final ForkJoinPool pool;
  // Trials a budgeted search stopped below their full budget, by trial id, for the next batch.
  private final Map<String, TrialTraining> paused = new ConcurrentHashMap<>();

  /**
   * An executor of {@code threads} worker threads, running up to {@code lanes} compatible trials as
   * the lanes of one task.
   */
  LocalExecutor(int threads, int lanes) {
    this.threads = threads;
    this.lanes = lanes;
    this.pool = new ForkJoinPool(threads);
  }

  @Override
  public void run(Iterator<Grid.Trial> trials, TrialSink sink) {
    TrialTask task = new TrialTask(sink);
    int window = threads * 8;
    ArrayDeque<ForkJoinTask<?>> queued = new ArrayDeque<>(window);
    List<Grid.Trial> chunk = new ArrayList<>(window * lanes);
    while (trials.hasNext()) {
      chunk.add(trials.next());
      // One lane per task needs no grouping: each trial goes to the pool as soon as it is read,
      // so the workers start while this thread reads the rest.
      if (lanes == 1 || chunk.size() == window * lanes) {
        submit(chunk, queued, window, task);
      }
    }
    submit(chunk, queued, window, task);
    while (!queued.isEmpty()) {
      queued.removeFirst().join();
    }
  }

  private void submit(
      List<Grid.Trial> chunk, ArrayDeque<ForkJoinTask<?>> queued, int window, TrialTask task) {
    if (chunk.isEmpty()) {
      return;
    }
    List<List<Grid.Trial>> groups =
        lanes == 1 ? List.of(List.copyOf(chunk)) : LaneGroups.of(chunk, threads, lanes);
    for (List<Grid.Trial> group : groups) {
      if (queued.size() == window) {
        queued.removeFirst().join();
      }
      queued.addLast(pool.submit(() -> task.run(group)));
    }
    chunk.clear();
  }

  /**
   * Runs the batch's lane groups on the pool. Trials stopped below their full budget stay here,
   * paused, for a later batch to continue; a trial this executor does not hold (after a resume) is
   * retrained from episode 0.
   */
  @Override
  public void run(List<BudgetedTrial> batch, TrialSink sink) {
    TrialTask task = new TrialTask(sink);
    List<ForkJoinTask<?>> running = new ArrayList<>();
    for (List<BudgetedTrial> group : LaneGroups.of(batch, BudgetedTrial::trial, threads, lanes)) {
      running.add(pool.submit(() -> task.runBudgeted(group, paused)));
    }
    for (ForkJoinTask<?> r : running) {
      r.join();
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
