package dev.qsweep.run;

import com.google.common.base.Splitter;
import com.google.common.base.Strings;
import dev.qsweep.env.EnvOptions;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Schedule;
import dev.qsweep.util.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trial's result as CSV rows: every number in the same locale-free shortest form, so the same
 * result always gives the same bytes.
 */
public final class TrialRecords {
  private TrialRecords() {}

  /** The {@code trials.csv} row of a trial, in {@link Columns.Trial} order. */
  public static List<String> trialRow(
      String trialId, String configId, TrialResult r, int maxEpisodeSteps) {
    TrialSpec s = r.spec();
    PolicyScore score = r.score();
    String[] row = new String[Columns.Trial.values().length];
    row[Columns.Trial.TRIAL_ID.ordinal()] = trialId;
    row[Columns.Trial.CONFIG_ID.ordinal()] = configId;
    row[Columns.Trial.REPLICATE.ordinal()] = Integer.toString(s.replicate());
    row[Columns.Trial.SEED.ordinal()] = Long.toString(s.rootSeed());
    row[Columns.Trial.ENV.ordinal()] = s.envId();
    row[Columns.Trial.ENV_OPTIONS.ordinal()] = EnvOptions.join(s.envOptions());
    row[Columns.Trial.LEARNER.ordinal()] = s.algorithm().text();
    row[Columns.Trial.ALPHA.ordinal()] = s.alpha().text();
    row[Columns.Trial.GAMMA.ordinal()] = s.gamma().text();
    row[Columns.Trial.EPSILON.ordinal()] = s.epsilon().text();
    row[Columns.Trial.INITIAL_Q.ordinal()] = Numbers.formatCompact(s.initialQ());
    row[Columns.Trial.EPISODES.ordinal()] = Integer.toString(s.episodes());
    row[Columns.Trial.MAX_EPISODE_STEPS.ordinal()] = Integer.toString(maxEpisodeSteps);
    row[Columns.Trial.EVAL_EVERY.ordinal()] = Integer.toString(s.evalEvery());
    row[Columns.Trial.CURVE_BINS.ordinal()] = Integer.toString(s.curveBins());
    row[Columns.Trial.TRAIN_STEPS.ordinal()] = Long.toString(r.totals().steps());
    row[Columns.Trial.TRAIN_PENALTIES.ordinal()] = Long.toString(r.totals().penalties());
    row[Columns.Trial.TRAIN_TRUNCATED.ordinal()] = Long.toString(r.totals().truncated());
    row[Columns.Trial.TRAIN_SUCCESSES.ordinal()] = Long.toString(r.totals().successes());
    row[Columns.Trial.TRAIN_MEAN_RETURN.ordinal()] =
        Numbers.format(r.totals().totalReturn() / r.totals().episodes());
    row[Columns.Trial.EXPECTED_RETURN.ordinal()] = Numbers.format(score.expectedReturn());
    row[Columns.Trial.EXPECTED_STEPS.ordinal()] = Numbers.format(score.expectedSteps());
    row[Columns.Trial.EXPECTED_PENALTIES.ordinal()] = Numbers.format(score.expectedPenalties());
    row[Columns.Trial.SUCCESS_PROBABILITY.ordinal()] = Numbers.format(score.successProbability());
    row[Columns.Trial.REWARD_PER_MOVE.ordinal()] = Numbers.format(score.rewardPerMove());
    row[Columns.Trial.OPTIMAL_RETURN.ordinal()] = Numbers.format(r.optimalReturn());
    row[Columns.Trial.OPTIMALITY_GAP.ordinal()] = Numbers.format(r.optimalityGap());
    row[Columns.Trial.FIRST_OPTIMAL_EPISODE.ordinal()] = Integer.toString(r.firstOptimalEpisode());
    row[Columns.Trial.NEVER_ENDS_PROBABILITY.ordinal()] =
        Numbers.format(score.neverEndsProbability());
    return Arrays.asList(row);
  }

  /** The {@code trials.csv} row of a grid trial. */
  public static List<String> trialRow(Grid.Trial trial, TrialResult r, int maxEpisodeSteps) {
    return trialRow(trial.id(), trial.configuration().id(), r, maxEpisodeSteps);
  }

  /** The {@code curves.csv} rows of a trial, one per bin. */
  public static List<List<String>> curveRows(String trialId, LearningCurve c) {
    List<List<String>> rows = new ArrayList<>(c.binCount());
    for (int b = 0; b < c.binCount(); b++) {
      rows.add(
          List.of(
              trialId,
              Integer.toString(b),
              Integer.toString(c.firstEpisode(b)),
              Integer.toString(c.endEpisode(b)),
              Long.toString(c.episodes(b)),
              Numbers.format(c.meanReturn(b)),
              Numbers.format(c.meanSteps(b)),
              Numbers.format(c.meanPenalties(b)),
              Numbers.format(c.successRate(b))));
    }
    return rows;
  }

  /**
   * The full {@code evaluations.csv} rows of a trial (every {@link Columns.Evaluation} column; see
   * {@link Columns#evaluationFileRow}).
   */
  public static List<List<String>> evaluationRows(String trialId, List<EvaluationPoint> points) {
    List<List<String>> rows = new ArrayList<>(points.size());
    for (EvaluationPoint p : points) {
      PolicyScore s = p.score();
      rows.add(
          List.of(
              trialId,
              Integer.toString(p.episodes()),
              Numbers.format(s.expectedReturn()),
              Numbers.format(s.expectedSteps()),
              Numbers.format(s.expectedPenalties()),
              Numbers.format(s.successProbability()),
              Numbers.format(s.rewardPerMove()),
              Numbers.format(p.optimalityGap()),
              Numbers.format(s.neverEndsProbability())));
    }
    return rows;
  }

  /** The {@code timings.csv} row of a trial. */
  public static List<String> timingRow(String trialId, TrialResult r) {
    long nanos = Math.max(0, r.trainNanos());
    double seconds = nanos / 1e9;
    return List.of(
        trialId,
        seconds6(nanos),
        Long.toString(Math.round(r.totals().steps() / Math.max(seconds, 1e-9))));
  }

  /**
   * {@code nanos} (at least 0) in seconds with six decimals, rounded half up to the microsecond:
   * what {@code String.format("%.6f", nanos / 1e9)} prints but for a tie at half a microsecond.
   * Without {@link java.util.Formatter}: two calls per trial were enough for the JIT to compile the
   * formatter's code (and its locale and pattern code) in the middle of a sweep of short trials, on
   * the cores the trials were using. String.concat, not {@code +}: a concatenation of this shape is
   * linked at its first use, on the first trial's end, by generating classes with the JDK's
   * bytecode writer (10 under {@code -Xlog:class+load}), which the JIT then compiled on the trials'
   * cores ({@code -XX:+LogCompilation}: 68 ms for one of its methods).
   */
  static String seconds6(long nanos) {
    long micros = nanos / 1000 + (nanos % 1000 >= 500 ? 1 : 0);
    return Long.toString(micros / 1_000_000)
        .concat(".")
        .concat(Strings.padStart(Long.toString(micros % 1_000_000), 6, '0'));
  }

  /**
   * Reads an {@code env_options} cell back.
   *
   * @throws IllegalArgumentException if a part is not {@code k=v}
   */
  public static Map<String, String> parseOptions(String text) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String part : Splitter.onPattern("\\s+").omitEmptyStrings().split(text)) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("env_options part '" + part + "' is not key=value");
      }
      options.put(part.substring(0, eq), part.substring(eq + 1));
    }
    return options;
  }

  /**
   * The spec a {@code trials.csv} row records: what {@code reproduce}, {@code replay} and the
   * report's policy maps retrain.
   *
   * @throws IllegalArgumentException if a cell does not parse or is out of range
   */
  public static TrialSpec spec(List<String> row) {
    return new TrialSpec(
        cell(row, Columns.Trial.ENV),
        parseOptions(cell(row, Columns.Trial.ENV_OPTIONS)),
        Algorithm.parse(cell(row, Columns.Trial.LEARNER)),
        Schedule.parse(cell(row, Columns.Trial.ALPHA)),
        Schedule.parse(cell(row, Columns.Trial.GAMMA)),
        Schedule.parse(cell(row, Columns.Trial.EPSILON)),
        Double.parseDouble(cell(row, Columns.Trial.INITIAL_Q)),
        Integer.parseInt(cell(row, Columns.Trial.EPISODES)),
        Integer.parseInt(cell(row, Columns.Trial.EVAL_EVERY)),
        Integer.parseInt(cell(row, Columns.Trial.CURVE_BINS)),
        Long.parseLong(cell(row, Columns.Trial.SEED)),
        Integer.parseInt(cell(row, Columns.Trial.REPLICATE)));
  }

  private static String cell(List<String> row, Columns.Trial column) {
    return row.get(column.ordinal());
  }
}
