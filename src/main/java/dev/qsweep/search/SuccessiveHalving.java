package dev.qsweep.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Successive halving on a budget of episodes: every candidate trains to the smallest budget, the
 * best 1/eta of them continue to eta times that, and so on until the maximum budget. One batch per
 * rung.
 *
 * <p>The budget is counted in episodes, not env steps: schedules and learners advance per episode,
 * so stopping at an episode boundary and continuing is exactly a prefix of the longer run, and
 * every configuration of a rung gets the same budget. What a search costs is counted in env steps.
 */
public final class SuccessiveHalving implements Strategy {
  private final Brackets brackets;
  private final int minBudget;

  /**
   * Successive halving over {@code candidates}.
   *
   * @param minBudget the smallest budget, in episodes; the first rung trains to {@code maxBudget /
   *     eta^s} for the largest s with {@code minBudget * eta^s <= maxBudget}
   * @param maxBudget the full budget, in episodes, reached by the last rung
   * @param eta the reduction factor, at least 2
   * @throws IllegalArgumentException naming the setting that is not allowed
   */
  public SuccessiveHalving(Candidates candidates, int minBudget, int maxBudget, int eta) {
    Brackets.checkBudget("halving", minBudget, maxBudget, eta);
    checkArgument(candidates.count() >= 1, "halving: no candidate configuration");
    int s = Brackets.maxRungIndex(minBudget, maxBudget, eta);
    this.brackets =
        new Brackets(
            candidates,
            List.of(new Brackets.Bracket(0, candidates.count(), s + 1)),
            maxBudget,
            eta);
    this.minBudget = minBudget;
  }

  @Override
  public String name() {
    return "halving";
  }

  @Override
  public int fullBudget() {
    return brackets.maxBudget();
  }

  @Override
  public Map<String, String> settings() {
    return brackets.settings(minBudget, "rungs");
  }

  @Override
  public Optional<Batch> next(List<List<Outcome>> done) {
    return brackets.next(done);
  }

  @Override
  public List<Stage> plan() {
    return brackets.plan();
  }
}
