package dev.qsweep.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.Numbers;
import java.util.Locale;

/** A scheduled hyperparameter and the range its value must stay in at every episode. */
public enum Parameter {
  /** The learning rate, in (0, 1]. */
  ALPHA("alpha", "(0, 1]") {
    @Override
    boolean allows(double v) {
      return v > 0 && v <= 1;
    }
  },
  /** The discount factor, in [0, 1]. */
  GAMMA("gamma", "[0, 1]") {
    @Override
    boolean allows(double v) {
      return v >= 0 && v <= 1;
    }
  },
  /** The exploration rate, in [0, 1]. */
  EPSILON("epsilon", "[0, 1]") {
    @Override
    boolean allows(double v) {
      return v >= 0 && v <= 1;
    }
  };

  private final String label;
  private final String range;

  Parameter(String label, String range) {
    this.label = label;
    this.range = range;
  }

  abstract boolean allows(double value);

  /** The name used in messages and CSV columns. */
  public String label() {
    return label;
  }

  /**
   * Checks that {@code schedule} stays in range at every episode of a run of {@code episodes}.
   *
   * @throws IllegalArgumentException naming the parameter, the schedule, the episode and the range
   */
  public void check(Schedule schedule, long episodes) {
    checkArgument(episodes > 0, "episodes must be positive, got %s", episodes);
    // Schedules are monotone, so the extremes are at the first and the last episode.
    for (long episode : new long[] {0, episodes - 1}) {
      double v = schedule.valueAt(episode);
      if (allows(v)) {
        continue;
      }
      if (schedule instanceof Constant) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s %s is out of range; %s must be in %s",
                label,
                schedule.text(),
                label,
                range));
      }
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s %s reaches %s at episode %d; %s must be in %s at every episode",
              label,
              schedule.text(),
              Numbers.format(v),
              episode,
              label,
              range));
    }
  }
}
