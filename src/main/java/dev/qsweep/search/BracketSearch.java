package dev.qsweep.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strategy that is a table of synchronous successive-halving {@link Brackets}: what {@link
 * SuccessiveHalving} (one bracket) and {@link Hyperband} (its bracket table) share once their table
 * is built.
 */
abstract class BracketSearch implements Strategy {
  private final Brackets brackets;
  private final int minBudget;
  private final String countName;

  /**
   * @param minBudget the smallest budget, in episodes, as the experiment set it
   * @param countName the setting that counts the table: {@code rungs} or {@code brackets}
   */
  BracketSearch(Brackets brackets, int minBudget, String countName) {
    this.brackets = brackets;
    this.minBudget = minBudget;
    this.countName = countName;
  }

  @Override
  public final int fullBudget() {
    return brackets.maxBudget();
  }

  @Override
  public final Map<String, String> settings() {
    return brackets.settings(minBudget, countName);
  }

  @Override
  public final Optional<Batch> next(List<List<Outcome>> done) {
    return brackets.next(done);
  }

  @Override
  public final List<Stage> plan() {
    return brackets.plan();
  }
}
