package dev.qsweep.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Successive halving on a budget of episodes: every candidate trains to the smallest budget, the
 * best 1/eta of them continue to eta times that, and so on until the maximum budget. One batch per
 * rung.
 *
 * <p>The budget is counted in episodes, not env steps: schedules and learners advance per episode,
 * so stopping at an episode boundary and continuing is exactly a prefix of the longer run, and
 * every configuration of a rung gets the same budget. What a search costs is counted in env steps.
 */
public final class SuccessiveHalving extends BracketSearch {
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
    super(
        brackets(candidates, minBudget, maxBudget, eta),
        minBudget,
        "rungs",
        candidates.space().orElse(null));
  }

  private static Brackets brackets(Candidates candidates, int minBudget, int maxBudget, int eta) {
    Brackets.checkBudget("halving", minBudget, maxBudget, eta);
    checkArgument(candidates.count() >= 1, "halving: no candidate configuration");
    int s = Brackets.maxRungIndex(minBudget, maxBudget, eta);
    return new Brackets(
        candidates, List.of(new Brackets.Bracket(0, candidates.count(), s + 1)), maxBudget, eta);
  }

  @Override
  public String name() {
    return "halving";
  }
}
