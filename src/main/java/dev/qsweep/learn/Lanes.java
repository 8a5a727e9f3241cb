package dev.qsweep.learn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.qsweep.env.TabularModel;

/**
 * K learners of one algorithm on one model, advancing in lockstep in one thread: each lane has its
 * own Q-table, random streams and hyperparameters, and its results are bit for bit those it would
 * have alone. Only the order in which the lanes' steps run is shared, which lets the processor
 * overlap their independent dependency chains.
 *
 * <p>Use: {@link #begin} an episode in every lane, then call {@link #next()} repeatedly; it returns
 * a lane whose episode just ended (the last its plan allows, if it has one), which the caller must
 * {@link #begin} again or {@link #retire} before the next call. Not thread-safe.
 */
/*
 * Implementation note. The C yardstick's --lanes kernel (shared/bench/taxi_q.c, train_lanes):
 * round-robin over the active lanes, one step each. The loop itself is written in each learner
 * class (advanceLanes), where the call to step() has a single target and is inlined. A retired
 * lane is swapped out of the active prefix, so the loop never tests whether a lane still runs.
 */
public final class Lanes {
  /** The most lanes a group may have. */
  public static final int MAX_LANES = 16;

  private final TabularLearner[] byLane;
  private final TabularLearner[] active;
  private final int[] laneAt;
  private final int[] positionOf;
  private int activeCount;
  private int cursor;

  private Lanes(TabularLearner[] learners) {
    this.byLane = learners;
    this.active = learners.clone();
    this.laneAt = new int[learners.length];
    this.positionOf = new int[learners.length];
    for (int k = 0; k < learners.length; k++) {
      laneAt[k] = k;
      positionOf[k] = k;
    }
    this.activeCount = learners.length;
  }

  /**
   * One lane per entry of {@code initialQ}, {@code explore} and {@code dynamics} (of equal length,
   * 1 to {@link #MAX_LANES}), all sharing one copy of the model's tables.
   *
   * @throws IllegalArgumentException for lengths that differ or are out of range, or an initial Q
   *     that is not finite
   */
  public static Lanes of(
      Algorithm algorithm,
      TabularModel model,
      double[] initialQ,
      Xoshiro256StarStar[] explore,
      Xoshiro256StarStar[] dynamics) {
    int count = initialQ.length;
    checkArgument(
        count >= 1 && count <= MAX_LANES, "lanes must be in 1..%s, got %s", MAX_LANES, count);
    checkArgument(
        explore.length == count && dynamics.length == count,
        "need one exploration and one dynamics stream per lane");
    Outcomes outcomes = Outcomes.of(model);
    TabularLearner[] learners = new TabularLearner[count];
    for (int k = 0; k < count; k++) {
      learners[k] = algorithm.create(outcomes, model, initialQ[k], explore[k], dynamics[k]);
    }
    return new Lanes(learners);
  }

  /**
   * A group over learners that already exist (all of one algorithm and one model), to go on
   * training them together: a paused trial continues in whatever group it is put in next.
   *
   * @throws IllegalArgumentException for a count out of range or learners of different kinds
   */
  public static Lanes around(TabularLearner... learners) {
    checkArgument(
        learners.length >= 1 && learners.length <= MAX_LANES,
        "lanes must be in 1..%s, got %s",
        MAX_LANES,
        learners.length);
    for (TabularLearner l : learners) {
      checkArgument(
          l.getClass() == learners[0].getClass() && l.outcomes == learners[0].outcomes,
          "the learners of a lane group must share algorithm and model");
    }
    return new Lanes(learners.clone());
  }

  /** Number of lanes. */
  public int size() {
    return byLane.length;
  }

  /** The learner of lane {@code lane}. */
  public TabularLearner learner(int lane) {
    return byLane[lane];
  }

  /**
   * Starts an episode in lane {@code lane}.
   *
   * @param stepCap the time limit in steps; 0 for none
   */
  public void begin(int lane, int start, double alpha, double gamma, double epsilon, int stepCap) {
    begin(lane, start, alpha, gamma, epsilon, stepCap, null, 0);
  }

  /**
   * Starts an episode in lane {@code lane}, after which the lane begins {@code more} episodes on
   * its own, with the same hyperparameters, from the plan's starts; {@code plan} logs all of them,
   * and {@link #next()} returns the lane once the last has ended.
   *
   * @param plan the lane's plan; null for none (then {@code more} must be 0)
   * @throws IllegalArgumentException if {@code more} is out of range, or the plan still holds
   *     episodes its caller has not cleared
   */
  public void begin(
      int lane,
      int start,
      double alpha,
      double gamma,
      double epsilon,
      int stepCap,
      EpisodePlan plan,
      int more) {
    TabularLearner learner = byLane[lane];
    if (plan == null) {
      checkArgument(more == 0, "more episodes need a plan");
    } else {
      plan.allow(more);
    }
    learner.plan = plan;
    learner.begin(start, alpha, gamma, epsilon, stepCap);
  }

  /** Takes lane {@code lane} out of the rotation: it has no more episodes to run. */
  public void retire(int lane) {
    int p = positionOf[lane];
    checkState(p < activeCount, "lane %s is already retired", lane);
    int last = activeCount - 1;
    int moved = laneAt[last];
    active[p] = active[last];
    laneAt[p] = moved;
    positionOf[moved] = p;
    active[last] = byLane[lane];
    laneAt[last] = lane;
    positionOf[lane] = last;
    activeCount = last;
  }

  /** Number of lanes not retired. */
  public int activeCount() {
    return activeCount;
  }

  /**
   * Steps the active lanes round-robin until one ends its episode, and returns that lane (its
   * learner then holds the episode's results).
   *
   * @throws IllegalStateException if every lane is retired
   */
  public int next() {
    checkState(activeCount > 0, "every lane is retired");
    if (activeCount == 1) {
      // Nothing to interleave with: the lane's own loop over locals, faster than step().
      active[0].finishEpisode();
      return laneAt[0];
    }
    int from = cursor < activeCount ? cursor : 0;
    int p = active[0].advanceLanes(active, activeCount, from);
    cursor = p + 1;
    return laneAt[p];
  }

  /**
   * {@link #next()} one {@code step()} at a time, adding 1 to {@code visits[o]} for the observation
   * {@code o} each step is taken from (so the counts sum to the steps taken, of every lane). The
   * lanes' results are bit for bit those of {@link #next()}: each lane's steps are the same, only
   * slower. A slow path for the report's visit heatmap; training never takes it.
   *
   * @throws IllegalStateException if every lane is retired
   */
  public int nextCounting(long[] visits) {
    checkState(activeCount > 0, "every lane is retired");
    for (int p = cursor < activeCount ? cursor : 0; ; p = p + 1 < activeCount ? p + 1 : 0) {
      TabularLearner learner = active[p];
      visits[learner.observation]++;
      if (learner.step()) {
        cursor = p + 1;
        return laneAt[p];
      }
    }
  }
}
