package dev.qsweep.report;

import dev.qsweep.run.Columns;
import dev.qsweep.util.Csv;
import dev.qsweep.util.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

  /** Summarizes a results folder's trials, best first. */
  public static List<ConfigSummary> of(ResultsFolder folder) {
    Map<String, List<List<String>>> byConfig = new TreeMap<>();
    for (List<String> row : folder.trials().rows()) {
      byConfig
          .computeIfAbsent(row.get(Columns.Trial.CONFIG_ID.ordinal()), k -> new ArrayList<>())
          .add(row);
    }
    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<String, List<List<String>>> e : byConfig.entrySet()) {
      List<List<String>> rows = e.getValue();
      rows.sort((a, b) -> Integer.compare(replicate(a), replicate(b)));
      Map<String, String> settings = new LinkedHashMap<>();
      for (Columns.Trial c : SETTINGS) {
        settings.put(c.header(), rows.get(0).get(c.ordinal()));
      }
      List<Integer> replicates = new ArrayList<>();
      for (List<String> row : rows) {
        replicates.add(replicate(row));
      }
      Map<Score, double[]> values = new EnumMap<>(Score.class);
      Map<Score, Statistics.Estimate> estimates = new EnumMap<>(Score.class);
      for (Score s : Score.values()) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = Numbers.parse(rows.get(i).get(s.column().ordinal()));
        }
        values.put(s, v);
        estimates.put(s, Statistics.estimate(v));
      }
      // A search that stops configurations early ranks the ones trained furthest first: a score
      // after fewer episodes is not comparable with one after the full budget. (A grid's
      // configurations all rank by score, whatever their episodes.)
      long trained =
          rows.get(0).size() > Columns.Trial.values().length
              ? Long.parseLong(Columns.episodesTrained(rows.get(0)))
              : 0;
      drafts.add(new Draft(e.getKey(), settings, replicates, estimates, values, trained));
    }
    drafts.sort(
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
        });
    Draft best = drafts.get(0);
    double[] p = new double[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      p[i] = i == 0 ? Double.NaN : pairedP(best, drafts.get(i));
    }
    double[] holm = Statistics.holm(p);
    List<ConfigSummary> result = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      boolean tied = i == 0 || (!Double.isNaN(holm[i]) && holm[i] >= ALPHA_LEVEL);
      result.add(
          new ConfigSummary(
              d.configId,
              d.settings,
              d.replicates,
              d.estimates,
              d.values,
              i + 1,
              p[i],
              holm[i],
              tied));
    }
    return result;
  }

  /** NaN sorts last. */
  private static int compareDescending(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
    }
    return Double.compare(b, a);
  }

  private static int replicate(List<String> row) {
    return Integer.parseInt(row.get(Columns.Trial.REPLICATE.ordinal()));
  }

  private static double pairedP(Draft best, Draft other) {
    for (Score key : RANKING) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      double[] bv = best.values.get(key);
      double[] ov = other.values.get(key);
      boolean differ = false;
      for (int i = 0; i < best.replicates.size(); i++) {
        int j = other.replicates.indexOf(best.replicates.get(i));
        if (j >= 0) {
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

  private record Draft(
      String configId,
      Map<String, String> settings,
      List<Integer> replicates,
      Map<Score, Statistics.Estimate> estimates,
      Map<Score, double[]> values,
      long trained) {
    double mean(Score s) {
      return estimates.get(s).mean();
    }
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

  /** Writes summary.csv, best first (see {@link #header}). */
  public static void write(Path file, List<ConfigSummary> summaries, boolean withoutTimeLimit) {
    List<List<String>> rows = new ArrayList<>();
    for (ConfigSummary c : summaries) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(c.rank()));
      row.add(c.configId());
      row.addAll(c.settings().values());
      row.add(Integer.toString(c.replicates().size()));
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
      rows.add(row);
    }
    Csv.write(file, header(withoutTimeLimit), rows);
  }
}
