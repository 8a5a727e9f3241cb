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
  private final SearchSpace space;

  /**
   * @param minBudget the smallest budget, in episodes, as the experiment set it
   * @param countName the setting that counts the table: {@code rungs} or {@code brackets}
   * @param space the space the configurations are drawn from, recorded in the settings; null when
   *     they are a grid's
   */
  BracketSearch(Brackets brackets, int minBudget, String countName, SearchSpace space) {
    this.brackets = brackets;
    this.minBudget = minBudget;
    this.countName = countName;
    this.space = space;
  }

  @Override
  public final int fullBudget() {
    return brackets.maxBudget();
  }

  @Override
  public final Map<String, String> settings() {
    Map<String, String> s = brackets.settings(minBudget, countName);
    if (space != null) {
      s.put(SearchSpace.SETTING, space.toString());
    }
    return s;
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
