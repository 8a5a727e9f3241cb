package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.qsweep.experiment.Grid;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TrialBatchTest {
  @TempDir Path dir;

  /** Each trial's rows but the timing row (wall-clock), by trial id; failures as their message. */
  private static Map<String, List<Object>> rowsOf(List<Grid.Trial> trials, int lanes) {
    Map<String, List<Object>> rows = new TreeMap<>();
    TrialBatch.run(trials, lanes, into(rows));
    return rows;
  }

  /** A sink that puts each trial's rows but its timing row into {@code rows}, by trial id. */
  private static TrialSink into(Map<String, List<Object>> rows) {
    return new TrialSink() {
      @Override
      public synchronized void finished(Grid.Trial trial, TrialRows records, long envSteps) {
        rows.put(
            trial.id(),
            List.of(records.trialRow(), records.curveRows(), records.evaluationRows(), envSteps));
      }

      @Override
      public synchronized void failed(Grid.Trial trial, String message) {
        rows.put(trial.id(), List.of(message));
      }
    };
  }

  /** {@code trials}, each to {@code budget}, having trained {@code from} before. */
  private static List<BudgetedTrial> budgeted(List<Grid.Trial> trials, int from, int budget) {
    List<BudgetedTrial> batch = new ArrayList<>();
    for (Grid.Trial t : trials) {
      batch.add(new BudgetedTrial(t, from, budget));
    }
    return batch;
  }

  /** The rows without the env steps: a retrained trial counts its steps from episode 0. */
  private static Map<String, List<Object>> withoutSteps(Map<String, List<Object>> rows) {
    Map<String, List<Object>> kept = new TreeMap<>();
    rows.forEach((id, r) -> kept.put(id, r.subList(0, 3)));
    return kept;
  }

  @Test
  void batches_ofAnySize_inAnyLanes_giveEachTrialItsOwnRows() throws IOException {
    Grid grid = Sweeps.load(Sweeps.experiment(dir, "Small", Sweeps.smallGrid("small"))).grid();
    List<Grid.Trial> all = new ArrayList<>();
    for (int i = 0; i < grid.trialCount(); i++) {
      all.add(grid.trial(i));
    }
    Map<String, List<Object>> whole = rowsOf(all, 1);
    assertEquals(grid.trialCount(), whole.size());
    // As a remote executor's tasks run them: slices of the sweep, in another order, with lanes.
    Map<String, List<Object>> sliced = new TreeMap<>();
    for (int from = all.size() - 5; from > -5; from -= 5) {
      sliced.putAll(rowsOf(all.subList(Math.max(0, from), from + 5), 4));
    }
    assertEquals(whole, sliced);
  }

  @Test
  void budgetedBatches_retrainedFromZeroInSlices_giveTheRowsOfTrialsContinuedInMemory()
      throws IOException {
    Grid grid = Sweeps.load(Sweeps.experiment(dir, "Small", Sweeps.smallGrid("small"))).grid();
    List<Grid.Trial> all = new ArrayList<>();
    for (int i = 0; i < grid.trialCount(); i++) {
      all.add(grid.trial(i));
    }
    Map<String, List<Object>> rung0 = new TreeMap<>();
    Map<String, List<Object>> continued = new TreeMap<>();
    try (LocalExecutor local = new LocalExecutor(2, 1)) {
      local.run(budgeted(all, 0, 150), into(rung0));
      local.run(budgeted(all, 150, 320), into(continued));
    }
    // As a remote executor's tasks run a rung: slices, in another order, each retrained from 0.
    Map<String, List<Object>> retrained = new TreeMap<>();
    for (int from = all.size() - 7; from > -7; from -= 7) {
      TrialBatch.runBudgeted(
          budgeted(all.subList(Math.max(0, from), from + 7), 0, 320), 4, into(retrained));
    }
    assertEquals(grid.trialCount(), retrained.size());
    assertEquals(withoutSteps(continued), withoutSteps(retrained));
    assertNotEquals(withoutSteps(rung0), withoutSteps(retrained), "the budget was reached");
    for (String id : continued.keySet()) {
      long fromPause = (long) continued.get(id).get(3);
      long fromZero = (long) retrained.get(id).get(3);
      assertEquals(fromZero, (long) rung0.get(id).get(3) + fromPause, id);
    }
  }
}
