package dev.qsweep.search;

import java.util.List;

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
}
