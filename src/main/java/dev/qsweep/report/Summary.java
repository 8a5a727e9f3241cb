package dev.qsweep.report;

import com.google.common.collect.Iterables;
import dev.qsweep.run.Columns;
import dev.qsweep.util.Csv;
import dev.qsweep.util.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates trials.csv across replicates: per configuration and score the mean, standard deviation
 * and 95% confidence interval; the ranking by reward per move, then penalties (the tutorial's
 * criterion), then expected return; and which configurations are statistically tied with the best.
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
 */
public final class Summary {
  /** The settings columns copied from trials.csv, in order. */
  static final List<Columns.Trial> SETTINGS =
      List.of(
          Columns.Trial.ENV,
          Columns.Trial.ENV_OPTIONS,
          Columns.Trial.LEARNER,
          Columns.Trial.ALPHA,
          Columns.Trial.GAMMA,
          Columns.Trial.EPSILON,
          Columns.Trial.INITIAL_Q,
          Columns.Trial.EPISODES,
          Columns.Trial.MAX_EPISODE_STEPS);

  /** The significance level of "tied with the best". */
  public static final double ALPHA_LEVEL = 0.05;

  /**
   * The ranking keys, in order: the paired test is on the first one the pair differs on. Without a
   * time limit a policy whose episode may never end ranks below every one that always ends, as its
   * unconditional expected steps are infinite (its other figures are over the episodes that end);
   * under a limit that key is 0 for every trial and decides nothing. Where every step costs the
   * same (CliffWalking), reward per move cannot tell a policy that never arrives from the optimal
   * one: expected return breaks that tie.
   */
  static final List<Score> RANKING =
      List.of(
          Score.NEVER_ENDS_PROBABILITY,
          Score.REWARD_PER_MOVE,
          Score.EXPECTED_PENALTIES,
          Score.EXPECTED_RETURN);

  private Summary() {}

  /**
   * Summarizes a results folder's trials, best first: {@link #rank} and then a second pass for the
   * paired tests.
   */
  public static List<ConfigSummary> of(ResultsFolder folder) {
    Ranking ranking = rank(folder);
    ConfigRows.forEach(folder, false, false, ranking::compare);
    return ranking.finish();
  }

  /**
   * The first pass over trials.csv, one configuration at a time: each configuration's estimates,
   * settings and best replicate, and the configurations ranked; the paired tests against the best
   * need a second pass ({@link Ranking#compare}).
   */
  static Ranking rank(ResultsFolder folder) {
    Map<String, String> interned = new HashMap<>();
    List<Draft> drafts = new ArrayList<>();
    Draft[] leader = {null};
    ConfigRows.forEach(
        folder,
        false,
        false,
        rows -> {
          Draft d = Draft.of(rows, interned);
          drafts.add(d);
          if (leader[0] == null || RANK_ORDER.compare(d, leader[0]) < 0) {
            leader[0] = d.withValues(rows);
          }
        });
    drafts.sort(RANK_ORDER);
    if (!drafts.get(0).configId.equals(leader[0].configId)) {
      throw new IllegalStateException("the leader of the first pass is not the best");
    }
    return new Ranking(drafts, leader[0]);
  }

  /**
   * Best first: trained furthest first (a search that stops configurations early; 0 for a grid's),
   * then by the ranking keys' means in order, then by configuration id.
   */
  private static final Comparator<Draft> RANK_ORDER =
      (a, b) -> {
        if (a.trained != b.trained) {
          return Long.compare(b.trained, a.trained);
        }
        for (Score key : RANKING) {
          int c =
              key.higherIsBetter()
                  ? compareDescending(a.mean(key), b.mean(key))
                  : Double.compare(a.mean(key), b.mean(key));
          if (c != 0) {
            return c;
          }
        }
        return a.configId.compareTo(b.configId);
      };

  /**
   * The configurations ranked after the first pass; {@link #compare} takes each configuration's
   * rows in the second pass, {@link #finish} gives the summaries.
   */
  static final class Ranking {
    private final List<Draft> drafts;
    private final Draft best;
    private final Map<String, Integer> position = new HashMap<>();
    private final double[] p;
    private final List<ConfigSummary> ranked = new ArrayList<>();

    private Ranking(List<Draft> drafts, Draft best) {
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

    /** The paired test of one configuration against the best, from its rows. */
    void compare(ConfigRows rows) {
      int i = position.get(rows.configId());
      if (i > 0) {
        p[i] = pairedP(best, drafts.get(i).withValues(rows));
      }
    }

    /** The summaries, best first, once every configuration went through {@link #compare}. */
    List<ConfigSummary> finish() {
      double[] holm = Statistics.holm(p);
      List<ConfigSummary> result = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        boolean tied = i == 0 || (!Double.isNaN(holm[i]) && holm[i] >= ALPHA_LEVEL);
        result.add(drafts.get(i).summary(i + 1, p[i], holm[i], tied));
      }
      return result;
    }
  }

  /** NaN sorts last. */
  private static int compareDescending(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
    }
    return Double.compare(b, a);
  }

  private static int replicate(List<String> row) {
    return Integer.parseInt(ConfigRows.cell(row, Columns.Trial.REPLICATE));
  }

  private static double[] values(List<List<String>> rows, Score s) {
    double[] v = new double[rows.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Numbers.parse(ConfigRows.cell(rows.get(i), s.column()));
    }
    return v;
  }

  private static double pairedP(Draft best, Draft other) {
    Map<Integer, Integer> otherAt = new HashMap<>();
    for (int j = 0; j < other.replicates.length; j++) {
      otherAt.putIfAbsent(other.replicates[j], j);
    }
    for (Score key : RANKING) {
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
      if (differ || key == RANKING.get(RANKING.size() - 1)) {
        return Statistics.pairedPValue(
            x.stream().mapToDouble(Double::doubleValue).toArray(),
            y.stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
    throw new AssertionError("unreachable");
  }

  /**
   * One configuration after the first pass; {@code values} (the ranking keys by replicate) and
   * {@code replicates} are held only while it is compared, and for the best.
   */
  private static final class Draft {
    final String configId;
    final Map<String, String> settings;
    final int replicateCount;
    final Map<Score, Statistics.Estimate> estimates;
    final String bestTrialId;
    final long trained;
    int[] replicates;
    Map<Score, double[]> values;

    private Draft(
        String configId,
        Map<String, String> settings,
        int replicateCount,
        Map<Score, Statistics.Estimate> estimates,
        String bestTrialId,
        long trained) {
      this.configId = configId;
      this.settings = settings;
      this.replicateCount = replicateCount;
      this.estimates = estimates;
      this.bestTrialId = bestTrialId;
      this.trained = trained;
    }

    static Draft of(ConfigRows rows, Map<String, String> interned) {
      List<List<String>> sorted = rows.byReplicate();
      Map<String, String> settings = new LinkedHashMap<>();
      for (Columns.Trial c : SETTINGS) {
        // Settings repeat across configurations: one copy of each text.
        String value = ConfigRows.cell(sorted.get(0), c);
        settings.put(c.header(), interned.computeIfAbsent(value, v -> v));
      }
      Map<Score, double[]> values = new EnumMap<>(Score.class);
      Map<Score, Statistics.Estimate> estimates = new EnumMap<>(Score.class);
      for (Score s : Score.values()) {
        double[] v = values(sorted, s);
        values.put(s, v);
        estimates.put(s, Statistics.estimate(v));
      }
      int at = 0;
      for (int i = 1; i < sorted.size(); i++) {
        if (better(values, i, at)) {
          at = i;
        }
      }
      // A search that stops configurations early ranks the ones trained furthest first: a score
      // after fewer episodes is not comparable with one after the full budget. (A grid's
      // configurations all rank by score, whatever their episodes.)
      long trained =
          sorted.get(0).size() > Columns.Trial.values().length
              ? Long.parseLong(Columns.episodesTrained(sorted.get(0)))
              : 0;
      return new Draft(
          rows.configId(),
          settings,
          sorted.size(),
          estimates,
          ConfigRows.cell(sorted.get(at), Columns.Trial.TRIAL_ID),
          trained);
    }

    /** This configuration with its replicates and ranking-key values read from its rows. */
    Draft withValues(ConfigRows rows) {
      List<List<String>> sorted = rows.byReplicate();
      Draft d = new Draft(configId, settings, replicateCount, estimates, bestTrialId, trained);
      d.replicates = new int[sorted.size()];
      for (int i = 0; i < sorted.size(); i++) {
        d.replicates[i] = replicate(sorted.get(i));
      }
      d.values = new EnumMap<>(Score.class);
      for (Score key : RANKING) {
        d.values.put(key, values(sorted, key));
      }
      return d;
    }

    double mean(Score s) {
      return estimates.get(s).mean();
    }

    ConfigSummary summary(int rank, double pVsBest, double pHolm, boolean tied) {
      return new ConfigSummary(
          configId, settings, replicateCount, estimates, bestTrialId, rank, pVsBest, pHolm, tied);
    }
  }

  /** Whether replicate {@code i} beats replicate {@code than} by the ranking keys in order. */
  private static boolean better(Map<Score, double[]> values, int i, int than) {
    for (Score key : RANKING) {
      double a = values.get(key)[i];
      double b = values.get(key)[than];
      if (a != b) {
        return key.higherIsBetter() ? a > b : a < b;
      }
    }
    return false;
  }

  /**
   * The scores summary.csv holds: all, less the probability of never ending unless trials.csv has
   * it.
   */
  static List<Score> scores(boolean withoutTimeLimit) {
    List<Score> scores = new ArrayList<>(List.of(Score.values()));
    if (!withoutTimeLimit) {
      scores.remove(Score.NEVER_ENDS_PROBABILITY);
    }
    return scores;
  }

  /** The header of summary.csv, with the never-ending columns if {@code withoutTimeLimit}. */
  public static List<String> header(boolean withoutTimeLimit) {
    List<String> h = new ArrayList<>();
    h.add("rank");
    h.add("config_id");
    for (Columns.Trial c : SETTINGS) {
      h.add(c.header());
    }
    h.add("replicates");
    for (Score s : scores(withoutTimeLimit)) {
      h.add(s.key() + "_mean");
      h.add(s.key() + "_sd");
      h.add(s.key() + "_ci95_low");
      h.add(s.key() + "_ci95_high");
    }
    h.add("p_vs_best");
    h.add("p_holm");
    h.add("tied_with_best");
    return h;
  }

  /** Writes summary.csv, best first (see {@link #header}), a row at a time. */
  public static void write(Path file, List<ConfigSummary> summaries, boolean withoutTimeLimit) {
    Csv.write(
        file,
        header(withoutTimeLimit),
        Iterables.transform(summaries, c -> row(c, withoutTimeLimit)));
  }

  private static List<String> row(ConfigSummary c, boolean withoutTimeLimit) {
    List<String> row = new ArrayList<>();
    row.add(Integer.toString(c.rank()));
    row.add(c.configId());
    row.addAll(c.settings().values());
    row.add(Integer.toString(c.replicates()));
    for (Score s : scores(withoutTimeLimit)) {
      Statistics.Estimate e = c.estimates().get(s);
      row.add(Numbers.format(e.mean()));
      row.add(Numbers.format(e.sd()));
      row.add(Numbers.format(e.ciLow()));
      row.add(Numbers.format(e.ciHigh()));
    }
    row.add(Numbers.format(c.pVsBest()));
    row.add(Numbers.format(c.pHolm()));
    row.add(Boolean.toString(c.tiedWithBest()));
    return row;
  }
}
