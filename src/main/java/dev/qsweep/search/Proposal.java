package dev.qsweep.search;

import dev.qsweep.experiment.Configuration;

/**
 * One configuration a strategy asks the executor to train, every replicate of it.
 *
 * @param configuration what to train; its {@code episodes} is the budget to reach
 * @param startEpisode 0 for a fresh start; otherwise the budget it already reached in an earlier
 *     batch, from which it continues (Q-table and random streams carried over)
 * @param stage the rung (halving, Hyperband) or generation (genetic) it belongs to; 0 otherwise
 */
public record Proposal(Configuration configuration, int startEpisode, int stage) {

  /** The configuration's id. */
  public String configId() {
    return configuration.id();
  }

  /** The budget to reach, in episodes. */
  public int budget() {
    return configuration.episodes();
  }
}
