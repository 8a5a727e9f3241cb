package dev.qsweep.run;

import dev.qsweep.util.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The column names of every CSV qsweep writes, defined once. */
public final class Columns {
  private Columns() {}

  /** {@code trials.csv}: one row per trial. */
  public enum Trial {
    TRIAL_ID,
    CONFIG_ID,
    REPLICATE,
    SEED,
    ENV,
    ENV_OPTIONS,
    LEARNER,
    ALPHA,
    GAMMA,
    EPSILON,
    INITIAL_Q,
    EPISODES,
    MAX_EPISODE_STEPS,
    EVAL_EVERY,
    CURVE_BINS,
    TRAIN_STEPS,
    TRAIN_PENALTIES,
    TRAIN_TRUNCATED,
    TRAIN_SUCCESSES,
    TRAIN_MEAN_RETURN,
    EXPECTED_RETURN,
    EXPECTED_STEPS,
    EXPECTED_PENALTIES,
    SUCCESS_PROBABILITY,
    REWARD_PER_MOVE,
    OPTIMAL_RETURN,
    OPTIMALITY_GAP,
    FIRST_OPTIMAL_EPISODE,
    /**
     * The probability that the greedy policy's episode never ends: only in the trials.csv of a
     * sweep with an environment without a time limit (see {@link #trialColumns}).
     */
    NEVER_ENDS_PROBABILITY;

    /** The header text: the lower-case name. */
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The columns of a sweep's trials.csv: every {@link Trial} column, less {@link
   * Trial#NEVER_ENDS_PROBABILITY} unless {@code withoutTimeLimit} (some environment of the sweep
   * has none). Under a time limit every episode ends, so the column would only hold zeros and
   * change the bytes of every sweep that has a limit.
   */
  public static List<Trial> trialColumns(boolean withoutTimeLimit) {
    List<Trial> columns = new ArrayList<>(List.of(Trial.values()));
    if (!withoutTimeLimit) {
      columns.remove(Trial.NEVER_ENDS_PROBABILITY);
    }
    return columns;
  }

  /** The header of a sweep's trials.csv (see {@link #trialColumns}). */
  public static List<String> trialHeader(boolean withoutTimeLimit) {
    return headers(trialColumns(withoutTimeLimit).toArray(new Trial[0]));
  }

  /**
   * Which form a trials.csv header is: true with {@code never_ends_probability}, false without.
   *
   * @throws IllegalArgumentException naming {@code file} if it is neither (another version's)
   */
  public static boolean withoutTimeLimit(List<String> header, Object file) {
    if (isSearch(header)) {
      header = header.subList(0, header.size() - Search.values().length);
    }
    if (header.equals(trialHeader(true))) {
      return true;
    }
    if (header.equals(trialHeader(false))) {
      return false;
    }
    throw anotherVersion(file, header, trialHeader(false));
  }

  /** The refusal of {@code file}, whose {@code header} is not the {@code expected} one. */
  public static IllegalArgumentException anotherVersion(
      Object file, List<String> header, List<String> expected) {
    return new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "%s has the columns of another qsweep version (%s); this version reads %s."
                + " Re-run the sweep with this qsweep.",
            file,
            String.join(",", header),
            String.join(",", expected)));
  }

  /**
   * A full trial row (every {@link Trial} column, in order) as trials.csv holds it: without its
   * {@code never_ends_probability} cell unless {@code withoutTimeLimit}.
   */
  public static List<String> fileRow(List<String> row, boolean withoutTimeLimit) {
    return withoutTimeLimit ? row : without(row, Trial.NEVER_ENDS_PROBABILITY.ordinal());
  }

  /** {@code row} less its cell at {@code index}. */
  private static List<String> without(List<String> row, int index) {
    List<String> cells = new ArrayList<>(row);
    cells.remove(index);
    return cells;
  }

  /**
   * A trials.csv row read back as a full row, indexed by {@link Trial#ordinal()}: a file without
   * the {@code never_ends_probability} column gets 0 there (every episode ended within its limit).
   */
  public static List<String> fullRow(List<String> fileRow, boolean withoutTimeLimit) {
    if (withoutTimeLimit) {
      return fileRow;
    }
    List<String> cells = new ArrayList<>(fileRow);
    // A short row (a damaged file) stays short, for the length checks that read it.
    cells.add(Math.min(Trial.NEVER_ENDS_PROBABILITY.ordinal(), cells.size()), Numbers.format(0));
    return cells;
  }

  /**
   * {@code trials.csv} of a search other than the full grid: these columns follow {@link Trial}'s,
   * saying where the trial's configuration ended in the search. A grid's trials.csv has none.
   */
  public enum Search {
    /** The rung (successive halving, Hyperband) or generation (genetic) it last trained in. */
    STAGE,
    /** The episodes it was trained for in the end (its curve is binned over {@code episodes}). */
    BUDGET,
    /** {@code stopped} before the full budget, or {@code complete}. */
    STATUS,
    /** The batch (from 0) that trained it last. */
    BATCH;

    /** The header text. */
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * {@code history.csv} of a search other than the full grid: one row per trial and batch that
   * trained it, in batch order (within a batch, the order the strategy proposed its
   * configurations), with what that training cost and the scores it reached: what the report's
   * stage table and best-so-far chart read, as trials.csv keeps only each trial's last record.
   */
  public enum History {
    /** The batch (from 0). */
    BATCH,
    /** The rung or generation of the batch's proposal. */
    STAGE,
    /** The episodes the trial was trained to in this batch. */
    BUDGET,
    /** The trial. */
    TRIAL_ID,
    /** Its configuration. */
    CONFIG_ID,
    /** The env steps this batch's training of the trial took (from where it paused). */
    ENV_STEPS,
    /** Reward per move of the greedy policy at this budget. */
    REWARD_PER_MOVE,
    /** Expected penalties per episode at this budget. */
    EXPECTED_PENALTIES,
    /** Expected return at this budget. */
    EXPECTED_RETURN,
    /** The probability that the greedy policy's episode never ends (0 under a time limit). */
    NEVER_ENDS_PROBABILITY;

    /** The header text. */
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The header of a non-grid search's trials.csv: {@link #trialHeader}, then {@link Search}'s. */
  public static List<String> searchTrialHeader(boolean withoutTimeLimit) {
    List<String> h = new ArrayList<>(trialHeader(withoutTimeLimit));
    h.addAll(headers(Search.values()));
    return h;
  }

  /**
   * Whether a trials.csv header (or row) is a non-grid search's: it ends with the search columns.
   */
  static boolean isSearch(List<String> header) {
    int n = Search.values().length;
    return header.size() > n
        && header.subList(header.size() - n, header.size()).equals(headers(Search.values()));
  }

  /** The position of {@code column} in a full trials.csv row ({@link #fullRow}) of a search. */
  public static int index(Search column) {
    return Trial.values().length + column.ordinal();
  }

  /**
   * The episodes a trials.csv row's trial was trained for (a file row or a full row): its budget in
   * a non-grid search (where {@code episodes} is the full budget its curve is binned over), else
   * its episodes.
   */
  public static String episodesTrained(List<String> row) {
    // A search row has at least every Trial column but one (never_ends_probability) and 4 more.
    return row.size() >= Trial.values().length - 1 + Search.values().length
        ? row.get(row.size() - Search.values().length + Search.BUDGET.ordinal())
        : row.get(Trial.EPISODES.ordinal());
  }

  /** {@code curves.csv}: the binned learning curves, long format. */
  public enum Curve {
    TRIAL_ID,
    BIN,
    FIRST_EPISODE,
    END_EPISODE,
    EPISODES,
    MEAN_RETURN,
    MEAN_STEPS,
    MEAN_PENALTIES,
    SUCCESS_RATE;

    /** The header text. */
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code evaluations.csv}: the exact score every {@code eval_every} episodes. */
  public enum Evaluation {
    TRIAL_ID,
    EPISODES,
    EXPECTED_RETURN,
    EXPECTED_STEPS,
    EXPECTED_PENALTIES,
    SUCCESS_PROBABILITY,
    REWARD_PER_MOVE,
    OPTIMALITY_GAP,
    /**
     * As {@link Trial#NEVER_ENDS_PROBABILITY}: only in the evaluations.csv of a sweep with an
     * environment without a time limit (see {@link #evaluationHeader}).
     */
    NEVER_ENDS_PROBABILITY;

    /** The header text. */
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The header of a sweep's evaluations.csv: every {@link Evaluation} column, less {@link
   * Evaluation#NEVER_ENDS_PROBABILITY} unless {@code withoutTimeLimit}, as {@link #trialColumns}.
   */
  public static List<String> evaluationHeader(boolean withoutTimeLimit) {
    return evaluationFileRow(headers(Evaluation.values()), withoutTimeLimit);
  }

  /**
   * A full evaluation row (every {@link Evaluation} column) as evaluations.csv holds it: without
   * its {@code never_ends_probability} cell unless {@code withoutTimeLimit}.
   */
  public static List<String> evaluationFileRow(List<String> row, boolean withoutTimeLimit) {
    return withoutTimeLimit ? row : without(row, Evaluation.NEVER_ENDS_PROBABILITY.ordinal());
  }

  /** {@code timings.csv}: wall clock, the one output that differs between runs. */
  public enum Timing {
    TRIAL_ID,
    SECONDS,
    STEPS_PER_SECOND;

    /** The header text. */
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The headers of an enum of columns. */
  public static List<String> headers(Enum<?>[] columns) {
    return Arrays.stream(columns).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
  }
}
