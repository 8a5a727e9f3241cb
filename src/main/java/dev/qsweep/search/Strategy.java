package dev.qsweep.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A search strategy: a pure function from the outcomes of the batches it proposed so far to its
 * next batch. It sees only outcomes, never threads or clocks, so a resumed sweep that replays the
 * journaled outcomes gets the same batches, and never decides anew.
 */
public interface Strategy {
  /** The strategy's name as the experiment chose it: {@code grid}, {@code random}, ... */
  String name();

  /** Its settings by name, in a fixed order, for the manifest and the dry-run plan. */
  Map<String, String> settings();

  /**
   * The next batch, or empty when the search is done.
   *
   * @param done the outcomes of batch {@code k} at index {@code k}, one per proposal, in any order
   * @throws IllegalArgumentException if {@code done} is not what this strategy's batches give
   */
  Optional<Batch> next(List<List<Outcome>> done);

  /**
   * The full budget in episodes when this strategy stops configurations early and continues
   * promoted ones ({@link SuccessiveHalving}, {@link Hyperband}): every trial's curve is binned
   * over it, and a proposal below it may be continued later. 0 (the default) when every proposal is
   * trained to its configuration's own episodes, once.
   */
  default int fullBudget() {
    return 0;
  }

  /**
   * Whether {@code --shard} may split its trials: true only when no batch depends on another's
   * outcomes (the grid, random search), so each shard runs every N-th trial of each batch without
   * seeing the others' results, and the shards' rows merge into the whole search's. False (the
   * default) for a strategy that decides its next batch from the last one's results.
   */
  default boolean splitsIntoShards() {
    return false;
  }

  /**
   * Its plan before any trial runs: one stage per batch with the configurations it trains and the
   * budget each reaches (for the genetic search, an upper bound: every individual new).
   */
  List<Stage> plan();

  /**
   * One stage of a plan.
   *
   * @param label {@code rung 0}, {@code generation 3}, ...
   * @param configurations the configurations it trains
   * @param episodes the episodes it trains, summed over its configurations (one replicate)
   */
  record Stage(String label, long configurations, long episodes) {}
}
