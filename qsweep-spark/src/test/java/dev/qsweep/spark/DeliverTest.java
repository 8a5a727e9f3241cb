package dev.qsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qsweep.experiment.Grid;
import dev.qsweep.run.TrialRows;
import dev.qsweep.run.TrialSink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DeliverTest {
  private static final Grid GRID =
      Grid.builder("twice")
          .env("FrozenLake-v1")
          .learner("q-learning")
          .alpha(0.1)
          .gamma(0.9)
          .epsilon(0.1)
          .episodes(5)
          .replicates(3)
          .seed(1)
          .build();

  private static TrialRows rows(String id) {
    return new TrialRows(List.of(id), List.of(), List.of(), List.of(id));
  }

  /** A sink that lists what it was handed. */
  private static TrialSink listing(List<String> seen) {
    return new TrialSink() {
      @Override
      public void finished(Grid.Trial trial, TrialRows records, long envSteps) {
        seen.add("finished " + trial.id() + " " + envSteps);
      }

      @Override
      public void failed(Grid.Trial trial, String message) {
        seen.add("failed " + trial.id() + " " + message);
      }
    };
  }

  @Test
  void aTaskResultDeliveredTwice_recordsEachTrialOnce() {
    List<Grid.Trial> job = List.of(GRID.trial(0), GRID.trial(1), GRID.trial(2));
    List<String> seen = new ArrayList<>();
    SparkTrialExecutor.Deliver deliver = new SparkTrialExecutor.Deliver(job, listing(seen));
    PartitionResult first =
        new PartitionResult(
            List.of(
                new Outcome(0, rows("c001-r00"), 10, null),
                new Outcome(1, null, 0, "IllegalStateException: boom")));
    // A retried or speculative copy of the same task, and another task overlapping it.
    PartitionResult again =
        new PartitionResult(
            List.of(
                new Outcome(0, rows("c001-r00"), 10, null),
                new Outcome(1, rows("c001-r01"), 12, null)));
    PartitionResult last = new PartitionResult(List.of(new Outcome(2, rows("c001-r02"), 7, null)));
    deliver.apply(0, first);
    deliver.apply(0, again);
    deliver.apply(1, last);
    deliver.apply(1, last);
    assertEquals(
        List.of(
            "finished c001-r00 10",
            "failed c001-r01 IllegalStateException: boom",
            "finished c001-r02 7"),
        seen);
  }

  @Test
  void aJobHoldingOneTrialIdTwice_recordsBoth_asLocalThreadsDo_andEachRetriedOnce() {
    List<Grid.Trial> job = List.of(GRID.trial(0), GRID.trial(0));
    List<String> seen = new ArrayList<>();
    SparkTrialExecutor.Deliver deliver = new SparkTrialExecutor.Deliver(job, listing(seen));
    PartitionResult both =
        new PartitionResult(
            List.of(
                new Outcome(0, rows("c001-r00"), 10, null),
                new Outcome(1, rows("c001-r00"), 10, null)));
    deliver.apply(0, both);
    deliver.apply(0, both);
    assertEquals(List.of("finished c001-r00 10", "finished c001-r00 10"), seen);
  }
}
