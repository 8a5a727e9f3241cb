package dev.qsweep.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * Hyperband (Li et al., JMLR 2018) over a search space on a budget of episodes: brackets of
 * successive halving that trade many short runs against few long ones, run synchronously: batch
 * {@code k} is rung {@code k} of every bracket that has one.
 */
public final class Hyperband extends BracketSearch {
  /** The most configurations a bracket table may start, over all brackets. */
  public static final int MAX_CONFIGURATIONS = 1_000_000;

  private static final String NAME = "hyperband";

  /**
   * Hyperband over draws from {@code space}, with the space's episodes as the full budget.
   *
   * @param minBudget the smallest budget, in episodes
   * @param eta the reduction factor, at least 2
   * @throws IllegalArgumentException naming the setting that is not allowed
   */
  public Hyperband(SearchSpace space, int minBudget, int eta) {
    super(brackets(space, minBudget, eta), minBudget, "brackets", space);
  }

  private static Brackets brackets(SearchSpace space, int minBudget, int eta) {
    int maxBudget = space.episodes();
    Brackets.checkBudget("hyperband", minBudget, maxBudget, eta);
    int sMax = Brackets.maxRungIndex(minBudget, maxBudget, eta);
    List<Brackets.Bracket> table = new ArrayList<>();
    long first = 0;
    for (int s = sMax; s >= 0; s--) {
      // n = ceil((s_max + 1) / (s + 1) * eta^s), in whole numbers (eta^s <= max budget: no
      // overflow).
      long count = ((sMax + 1L) * Brackets.power(eta, s) + s) / (s + 1);
      checkArgument(
          first + count <= MAX_CONFIGURATIONS,
          "hyperband: min budget %s, max budget %s and eta %s need more than %s configurations;"
              + " raise the minimum budget or eta",
          minBudget,
          maxBudget,
          eta,
          MAX_CONFIGURATIONS);
      table.add(new Brackets.Bracket((int) first, (int) count, s + 1));
      first += count;
    }
    return new Brackets(Candidates.of(space, NAME, (int) first), table, maxBudget, eta);
  }

  @Override
  public String name() {
    return NAME;
  }
}
