package dev.qsweep.schedule;

/**
 * A schedule's values as a run reads them, episode by episode: bit for bit {@link
 * Schedule#valueAt}, but each distinct value is computed once, so a step decay calls {@code pow}
 * once per drop and an exponential decay stops calling it once it has reached its floor. One per
 * schedule per trial; not thread-safe.
 */
/*
 * Measured (thread CPU time, best of 30 trials of 20,000 episodes, loaded 2-core machine; the
 * workload of TrialBenchmark's "decaying"): StrictMath.pow is about 60 ns a call here, against
 * 30-40 ns for a whole deterministic FrozenLake episode's steps. Deterministic FrozenLake,
 * exp(0.5,0.9995,0.05) alpha and exp(1,0.9995,0.01) epsilon: 251 -> 185 ns per episode; slippery
 * FrozenLake: 1106 -> 1024; constant schedules unchanged.
 */
public final class EpisodeValues {
  private final Schedule schedule;
  private final long settledFrom;
  private final double settled;
  // The value at every episode in [from, until).
  private long from;
  private long until;
  private double value;

  /** Reads {@code schedule}. */
  public EpisodeValues(Schedule schedule) {
    this.schedule = schedule;
    this.settledFrom = schedule.settledFrom();
    this.settled = settledFrom == Long.MAX_VALUE ? Double.NaN : schedule.valueAt(settledFrom);
  }

  /** The schedule's value at {@code episode} (0-based): exactly {@code valueAt(episode)}. */
  public double at(long episode) {
    if (episode >= settledFrom) {
      return settled;
    }
    if (episode < from || episode >= until) {
      value = schedule.valueAt(episode);
      from = episode;
      until = schedule.nextChange(episode);
    }
    return value;
  }

  /**
   * The first episode after {@code episode} whose value may differ from {@code at(episode)}: every
   * episode before it has that value; {@link Long#MAX_VALUE} once the schedule has settled.
   */
  public long sameUntil(long episode) {
    if (episode >= settledFrom) {
      return Long.MAX_VALUE;
    }
    at(episode);
    return Math.min(until, settledFrom);
  }
}
