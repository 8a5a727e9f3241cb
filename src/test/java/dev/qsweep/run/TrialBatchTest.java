package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    TrialBatch.run(
        trials,
        lanes,
        new TrialSink() {
          @Override
          public void finished(Grid.Trial trial, TrialRows records, long envSteps) {
            rows.put(
                trial.id(),
                List.of(
                    records.trialRow(), records.curveRows(), records.evaluationRows(), envSteps));
          }

          @Override
          public void failed(Grid.Trial trial, String message) {
            rows.put(trial.id(), List.of(message));
          }
        });
    return rows;
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
}
