package dev.qsweep.run;

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
    FIRST_OPTIMAL_EPISODE;

    /** The header text: the lower-case name. */
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
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
    OPTIMALITY_GAP;

    /** The header text. */
    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
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
