package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Per-episode return, length, penalties and successes folded into a fixed number of bins as
 * training runs: memory does not grow with episodes.
 *
 * <p>Episode {@code e} of {@code E} goes to bin {@code floor(e * bins / E)}, so bins cover
 * consecutive, near-equal ranges of episodes. With more bins than episodes the extra bins stay
 * empty and are reported with no episodes.
 */
public final class LearningCurve {
  private final int episodes;
  private final int bins;
  private final long[] count;
  private final double[] returnSum;
  private final long[] stepSum;
  private final long[] penaltySum;
  private final long[] successCount;
  // The bin of the next episode added, and the first episode of the bin after it: the bin index
  // advances by comparison, not by a long division per episode.
  private int bin;
  private int nextBinStart;
  private int added;

  /** An empty curve for a run of {@code episodes} folded into {@code bins}. */
  public LearningCurve(int episodes, int bins) {
    checkArgument(episodes > 0 && bins > 0, "episodes and bins must be positive");
    this.episodes = episodes;
    this.bins = bins;
    this.count = new long[bins];
    this.returnSum = new double[bins];
    this.stepSum = new long[bins];
    this.penaltySum = new long[bins];
    this.successCount = new long[bins];
    this.nextBinStart = firstEpisode(1);
  }

  /** A copy that episodes added to this curve later do not change. */
  LearningCurve copy() {
    LearningCurve c = new LearningCurve(episodes, bins);
    System.arraycopy(count, 0, c.count, 0, bins);
    System.arraycopy(returnSum, 0, c.returnSum, 0, bins);
    System.arraycopy(stepSum, 0, c.stepSum, 0, bins);
    System.arraycopy(penaltySum, 0, c.penaltySum, 0, bins);
    System.arraycopy(successCount, 0, c.successCount, 0, bins);
    c.bin = bin;
    c.nextBinStart = nextBinStart;
    c.added = added;
    return c;
  }

  /**
   * Adds episode {@code episode}'s totals, {@code success} 1 if it ended at the goal, else 0;
   * episodes are added in order, 0 first.
   *
   * @throws IllegalArgumentException if {@code episode} is not the next one
   */
  void add(int episode, double episodeReturn, int steps, int penalties, int success) {
    // firstEpisode(b) is the least e with floor(e * bins / episodes) >= b, so this is that floor.
    while (episode >= nextBinStart) {
      bin++;
      nextBinStart = bin + 1 < bins ? firstEpisode(bin + 1) : Integer.MAX_VALUE;
    }
    checkArgument(episode == added, "episode %s added out of order; expected %s", episode, added);
    added++;
    int b = bin;
    count[b]++;
    returnSum[b] += episodeReturn;
    stepSum[b] += steps;
    penaltySum[b] += penalties;
    successCount[b] += success;
  }

  /** Number of bins. */
  public int binCount() {
    return bins;
  }

  /** First episode (0-based) of bin {@code b}. */
  public int firstEpisode(int b) {
    return (int) (((long) b * episodes + bins - 1) / bins);
  }

  /** One past the last episode of bin {@code b}. */
  public int endEpisode(int b) {
    return firstEpisode(b + 1);
  }

  /** Episodes in bin {@code b}. */
  public long episodes(int b) {
    return count[b];
  }

  /** Mean return per episode in bin {@code b} (NaN if empty). */
  public double meanReturn(int b) {
    return count[b] == 0 ? Double.NaN : returnSum[b] / count[b];
  }

  /** Mean steps per episode in bin {@code b} (NaN if empty). */
  public double meanSteps(int b) {
    return count[b] == 0 ? Double.NaN : (double) stepSum[b] / count[b];
  }

  /** Mean penalties per episode in bin {@code b} (NaN if empty). */
  public double meanPenalties(int b) {
    return count[b] == 0 ? Double.NaN : (double) penaltySum[b] / count[b];
  }

  /** Fraction of episodes in bin {@code b} that reached the goal (NaN if empty). */
  public double successRate(int b) {
    return count[b] == 0 ? Double.NaN : (double) successCount[b] / count[b];
  }
}
