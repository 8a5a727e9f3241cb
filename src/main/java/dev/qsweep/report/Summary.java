package dev.qsweep.report;

import com.google.common.collect.Iterables;
import dev.qsweep.run.Columns;
import dev.qsweep.util.Csv;
import dev.qsweep.util.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates trials.csv across replicates: per configuration and score the mean, standard deviation
 * and 95% confidence interval; the ranking by reward per move, then penalties (the tutorial's
 * criterion), then expected return; and which configurations are statistically tied with the best.
 * The two passes are {@link Draft} (one configuration) and {@link Ranking} (the order and the
 * paired tests); this class runs them and writes summary.csv.
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
          if (leader[0] == null || Ranking.RANK_ORDER.compare(d, leader[0]) < 0) {
            leader[0] = d.withValues(rows);
          }
        });
    drafts.sort(Ranking.RANK_ORDER);
    if (!drafts.get(0).configId.equals(leader[0].configId)) {
      throw new IllegalStateException("the leader of the first pass is not the best");
    }
    return new Ranking(drafts, leader[0]);
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

  /**
   * The header of summary.csv, with the never-ending columns if {@code withoutTimeLimit}, and a
   * non-grid search's {@code stage} and {@code budget} (where each configuration stopped) if {@code
   * search}.
   */
  public static List<String> header(boolean withoutTimeLimit, boolean search) {
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
    if (search) {
      h.add(Columns.Search.STAGE.header());
      h.add(Columns.Search.BUDGET.header());
    }
    return h;
  }

  /** Writes summary.csv, best first (see {@link #header}), a row at a time. */
  public static void write(
      Path file, List<ConfigSummary> summaries, boolean withoutTimeLimit, boolean search) {
    Csv.write(
        file,
        header(withoutTimeLimit, search),
        Iterables.transform(summaries, c -> row(c, withoutTimeLimit, search)));
  }

  private static List<String> row(ConfigSummary c, boolean withoutTimeLimit, boolean search) {
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
    if (search) {
      row.add(Integer.toString(c.stage()));
      row.add(Long.toString(c.budget()));
    }
    return row;
  }
}
