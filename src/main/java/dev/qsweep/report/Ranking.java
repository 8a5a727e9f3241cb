package dev.qsweep.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The configurations ranked after the first pass; {@link #compare} takes each configuration's rows
 * in the second pass, {@link #finish} gives the summaries.
 */
/*
 * Implementation note. Replicate k of every configuration shares its start-state stream (common
 * random numbers), so configuration c is compared with the best b by a paired t-test over the
 * replicates both have, on the first ranking key on which their pairs differ: reward per move,
 * else penalties, else expected return (on CliffWalking every policy makes -1 a move, and the
 * return is what separates them). The p-values of all c != b are adjusted by Holm's step-down
 * method (family-wise error 5%). "Tied with the best" means the adjusted p-value is at least 0.05:
 * the sweep cannot tell c from b. Identical values in every pair (typical once several
 * configurations reach the optimal policy) give p = 1.
 *
 * A search that stops configurations early (successive halving, Hyperband) ranks those trained
 * furthest first, and tests only them against the best: the family Holm corrects over is the
 * configurations trained to the best's budget (the final rung), so a configuration is never
 * "significantly worse" merely for having been trained for fewer episodes. In a grid every
 * configuration has budget 0 here and all are tested, as before.
 */
final class Ranking {
  private final List<Draft> drafts;
  private final Draft best;
  private final Map<String, Integer> position = new HashMap<>();
  private final double[] p;
  private final List<ConfigSummary> ranked = new ArrayList<>();

  Ranking(List<Draft> drafts, Draft best) {
    this.drafts = drafts;
    this.best = best;
    this.p = new double[drafts.size()];
    Arrays.fill(p, Double.NaN);
    for (int i = 0; i < drafts.size(); i++) {
      position.put(drafts.get(i).configId, i);
      ranked.add(drafts.get(i).summary(i + 1, Double.NaN, Double.NaN, i == 0));
    }
  }

  /**
   * The configurations best first, before the paired tests: their p-values are NaN and only the
   * best is tied with the best.
   */
  List<ConfigSummary> ranked() {
    return ranked;
  }

  /**
   * The paired test of one configuration against the best, from its rows; none for a configuration
   * a search stopped at a smaller budget than the best's (a score after fewer episodes is not
   * comparable: it stays untested, p NaN, not tied).
   */
  void compare(ConfigRows rows) {
    int i = position.get(rows.configId());
    if (i > 0 && drafts.get(i).trained == best.trained) {
      p[i] = pairedP(best, drafts.get(i).withValues(rows));
    }
  }

  /** The summaries, best first, once every configuration went through {@link #compare}. */
  List<ConfigSummary> finish() {
    double[] holm = Statistics.holm(p);
    List<ConfigSummary> result = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      boolean tied = i == 0 || (!Double.isNaN(holm[i]) && holm[i] >= Summary.ALPHA_LEVEL);
      result.add(drafts.get(i).summary(i + 1, p[i], holm[i], tied));
    }
    return result;
  }

  /**
   * Best first: trained furthest first (a search that stops configurations early; 0 for a grid's),
   * then by the ranking keys' means in order, then by configuration id.
   */
  static final Comparator<Draft> RANK_ORDER =
      (a, b) -> {
        if (a.trained != b.trained) {
          return Long.compare(b.trained, a.trained);
        }
        int c = compareKeys(a::mean, b::mean);
        return c != 0 ? c : a.configId.compareTo(b.configId);
      };

  /** Better first by the ranking keys' means in order (NaN last); 0 if every key is equal. */
  static int compareKeys(ToDoubleFunction<Score> a, ToDoubleFunction<Score> b) {
    for (Score key : Summary.RANKING) {
      double x = a.applyAsDouble(key);
      double y = b.applyAsDouble(key);
      int c = key.higherIsBetter() ? compareDescending(x, y) : Double.compare(x, y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** NaN sorts last. */
  private static int compareDescending(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
    }
    return Double.compare(b, a);
  }

  private static double pairedP(Draft best, Draft other) {
    Map<Integer, Integer> otherAt = new HashMap<>();
    for (int j = 0; j < other.replicates.length; j++) {
      otherAt.putIfAbsent(other.replicates[j], j);
    }
    for (Score key : Summary.RANKING) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      double[] bv = best.values.get(key);
      double[] ov = other.values.get(key);
      boolean differ = false;
      for (int i = 0; i < best.replicates.length; i++) {
        Integer j = otherAt.get(best.replicates[i]);
        if (j != null) {
          x.add(bv[i]);
          y.add(ov[j]);
          differ |= bv[i] != ov[j];
        }
      }
      if (differ || key == Summary.RANKING.get(Summary.RANKING.size() - 1)) {
        return Statistics.pairedPValue(
            x.stream().mapToDouble(Double::doubleValue).toArray(),
            y.stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
    throw new AssertionError("unreachable");
  }
}
