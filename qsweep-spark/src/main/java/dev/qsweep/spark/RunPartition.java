package dev.qsweep.spark;

import dev.qsweep.experiment.Grid;
import dev.qsweep.run.TrialBatch;
import dev.qsweep.run.TrialRows;
import dev.qsweep.run.TrialSink;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * A Spark task, run on an executor: rebuilds its trials from their values, trains them as a local
 * thread would ({@link TrialBatch}) and returns their rows. It writes nothing: only the driver
 * does.
 */
final class RunPartition extends AbstractFunction1<Iterator<TrialWire>, PartitionResult>
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Milliseconds each trial is held on its executor before it is handed back, read on the executor
   * ({@code -Dqsweep.spark.trialDelayMillis}, for fault tests: a sweep on a fast machine still
   * lasts long enough to lose a worker in the middle of it); 0, no delay, unless set.
   */
  static final String DELAY_PROPERTY = "qsweep.spark.trialDelayMillis";

  private final int lanes;

  RunPartition(int lanes) {
    this.lanes = lanes;
  }

  @Override
  public PartitionResult apply(Iterator<TrialWire> wires) {
    List<Grid.Trial> trials = new ArrayList<>();
    // The sink is handed the very trial objects it was given: their positions, by identity.
    IdentityHashMap<Grid.Trial, Integer> positions = new IdentityHashMap<>();
    while (wires.hasNext()) {
      TrialWire wire = wires.next();
      Grid.Trial trial = wire.toTrial();
      trials.add(trial);
      positions.put(trial, wire.position());
    }
    List<Outcome> outcomes = new ArrayList<>(trials.size());
    long delay = Long.getLong(DELAY_PROPERTY, 0);
    TrialBatch.run(
        trials,
        lanes,
        new TrialSink() {
          @Override
          public synchronized void finished(Grid.Trial trial, TrialRows rows, long envSteps) {
            hold(delay);
            outcomes.add(new Outcome(position(trial), rows, envSteps, null));
          }

          @Override
          public synchronized void failed(Grid.Trial trial, String message) {
            outcomes.add(new Outcome(position(trial), null, 0, message));
          }

          private int position(Grid.Trial trial) {
            return positions.get(trial);
          }
        });
    return new PartitionResult(List.copyOf(outcomes));
  }

  private static void hold(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // a cancelled task: Spark discards what it returns
    }
  }
}
