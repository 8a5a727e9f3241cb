package dev.qsweep.search;

import dev.qsweep.experiment.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What a strategy proposes at once: the executor runs every proposal, then the strategy decides the
 * next batch over all of their outcomes (a barrier: a rung, a generation).
 *
 * @param index the batch's position, from 0
 * @param label for people and the journal: {@code rung 2}, {@code generation 5}, {@code all}
 * @param proposals what to train, in configuration-id order
 */
public record Batch(int index, String label, List<Proposal> proposals) {
  /** Copies the proposals. */
  public Batch {
    proposals = List.copyOf(proposals);
  }

  /**
   * The one batch of a strategy that trains {@code count} configurations once each, {@code at(i)}
   * for i from 0, from the start: batch 0, {@code all}; empty once it is done.
   */
  static Optional<Batch> once(List<List<Outcome>> done, int count, IntFunction<Configuration> at) {
    if (!done.isEmpty()) {
      return Optional.empty();
    }
    List<Proposal> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(new Proposal(at.apply(i), 0, 0));
    }
    return Optional.of(new Batch(0, "all", all));
  }
}
