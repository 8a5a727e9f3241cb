package dev.qsweep.search;

import dev.qsweep.experiment.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Runs a strategy to its end against a synthetic objective, as the driver would, on one thread. */
final class Searches {
  private Searches() {}

  /** A smooth objective with its peak at alpha 0.5, gamma 0.9. */
  static Outcome peaked(Configuration c) {
    double a = c.alpha().valueAt(0) - 0.5;
    double g = c.gamma().valueAt(0) - 0.9;
    return new Outcome(c.id(), -(a * a) - g * g, 0);
  }

  /** Every batch the strategy proposes, answering each with {@code objective}. */
  static List<Batch> run(Strategy strategy, Function<Configuration, Outcome> objective) {
    List<List<Outcome>> done = new ArrayList<>();
    List<Batch> batches = new ArrayList<>();
    for (Optional<Batch> next = strategy.next(done); next.isPresent(); next = strategy.next(done)) {
      batches.add(next.get());
      List<Outcome> outcomes = new ArrayList<>();
      for (Proposal p : next.get().proposals()) {
        outcomes.add(objective.apply(p.configuration()));
      }
      done.add(outcomes);
    }
    return batches;
  }

  /** The ids of a batch's proposals, in order. */
  static List<String> ids(Batch batch) {
    List<String> ids = new ArrayList<>();
    for (Proposal p : batch.proposals()) {
      ids.add(p.configId());
    }
    return ids;
  }
}
