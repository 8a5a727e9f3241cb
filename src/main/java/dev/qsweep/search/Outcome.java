package dev.qsweep.search;

import java.util.Comparator;

/**
 * What a strategy learns of one configuration after a batch: its scores as means over replicates
 * (common random numbers), each oriented so that higher is better. Outcomes are totally ordered: by
 * {@code primary}, then {@code secondary}, a NaN below every number, then by configuration id, the
 * lower id first, so no decision ever depends on the order results arrived in.
 *
 * @param configId the configuration's id
 * @param primary the ranking score (reward per move), higher is better
 * @param secondary the tie-break (minus the penalties), higher is better
 */
public record Outcome(String configId, double primary, double secondary)
    implements Comparable<Outcome> {

  /** Best first: the order every strategy ranks in. */
  public static final Comparator<Outcome> BEST_FIRST = Comparator.reverseOrder();

  /** Greater means better; equal only for the same id and scores. */
  @Override
  public int compareTo(Outcome other) {
    int c = compareScores(primary, other.primary);
    if (c == 0) {
      c = compareScores(secondary, other.secondary);
    }
    return c != 0 ? c : other.configId.compareTo(configId);
  }

  // NaN is the worst score, and -0.0 equals 0.0: a score, not a bit pattern.
  private static int compareScores(double a, double b) {
    boolean aNaN = Double.isNaN(a);
    boolean bNaN = Double.isNaN(b);
    if (aNaN || bNaN) {
      return aNaN == bNaN ? 0 : aNaN ? -1 : 1;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
}
