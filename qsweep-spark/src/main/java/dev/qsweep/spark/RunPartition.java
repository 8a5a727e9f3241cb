package dev.qsweep.spark;

import dev.qsweep.experiment.Grid;
import dev.qsweep.run.BudgetedTrial;
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
 * thread would ({@link TrialBatch}), a budgeted search's each from episode 0 to its budget, and
 * returns their rows. It writes nothing: only the driver does.
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
  private final boolean budgeted;

  /**
   * A task that runs its trials in lane groups of up to {@code lanes}: whole, or to each one's
   * budget when {@code budgeted} (a search's batch).
   */
  RunPartition(int lanes, boolean budgeted) {
    this.lanes = lanes;
    this.budgeted = budgeted;
  }

  @Override
  public PartitionResult apply(Iterator<TrialWire> wires) {
    List<BudgetedTrial> batch = new ArrayList<>();
    List<Grid.Trial> trials = new ArrayList<>();
    // The sink is handed the very trial objects it was given: their positions, by identity.
    IdentityHashMap<Grid.Trial, Integer> positions = new IdentityHashMap<>();
    while (wires.hasNext()) {
      TrialWire wire = wires.next();
      BudgetedTrial work = wire.toBudgeted();
      batch.add(work);
      trials.add(work.trial());
      positions.put(work.trial(), wire.position());
    }
    List<Outcome> outcomes = new ArrayList<>(trials.size());
    long delay = Long.getLong(DELAY_PROPERTY, 0);
    TrialSink sink =
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
        };
    if (budgeted) {
      TrialBatch.runBudgeted(batch, lanes, sink);
    } else {
      TrialBatch.run(trials, lanes, sink);
    }
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
