package dev.qsweep.cli;

import dev.qsweep.eval.PolicyScore;
import java.util.Locale;

/** How commands say what an exact score without a time limit means, in text and in JSON. */
final class InfiniteHorizon {
  /** The line printed under a table whose figures are conditional on the episode ending. */
  static final String CONDITIONAL_NOTE =
      "(no time limit, and some episodes never end: their expected steps are infinite; the other"
          + " figures are over the episodes that end)";

  private InfiniteHorizon() {}

  /** "limit 200 steps", or "no time limit" for horizon 0. */
  static String limitText(int horizon) {
    return horizon == 0 ? "no time limit" : String.format(Locale.ROOT, "limit %d steps", horizon);
  }

  /** The probability of never ending, for a score without a time limit; null under a limit. */
  static Double neverEnds(PolicyScore score) {
    return score.horizon() == 0 ? score.neverEndsProbability() : null;
  }

  /**
   * What the figures of a score without a time limit mean: "per episode", or "conditional on
   * ending" where some episodes never end; null under a limit.
   */
  static String figures(PolicyScore score) {
    if (score.horizon() != 0) {
      return null;
    }
    return score.conditionalOnEnding() ? "conditional on ending" : "per episode";
  }
}
