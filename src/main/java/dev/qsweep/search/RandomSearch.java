package dev.qsweep.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code n} configurations drawn from a space, each at the full budget, in one batch. */
public final class RandomSearch implements Strategy {
  private final SearchSpace space;
  private final Candidates candidates;

  /**
   * Draws {@code count} configurations of {@code space}.
   *
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public RandomSearch(SearchSpace space, int count) {
    checkArgument(count >= 1, "random: %s configurations is not allowed; at least 1", count);
    this.space = space;
    this.candidates = Candidates.of(space, name(), count);
  }

  @Override
  public String name() {
    return "random";
  }

  @Override
  public Map<String, String> settings() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("configurations", Integer.toString(candidates.count()));
    s.put(SearchSpace.SETTING, space.toString());
    return s;
  }

  @Override
  public boolean splitsIntoShards() {
    return true;
  }

  @Override
  public Optional<Batch> next(List<List<Outcome>> done) {
    return Batch.once(done, candidates.count(), i -> candidates.at(i, space.episodes()));
  }

  @Override
  public List<Stage> plan() {
    return List.of(
        new Stage("all", candidates.count(), (long) candidates.count() * space.episodes()));
  }
}
