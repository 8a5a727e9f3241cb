package dev.qsweep.learn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import dev.qsweep.env.TabularModel;

/**
 * K learners of one algorithm on one model, taking turns in one thread: each lane has its own
 * Q-table, random streams and hyperparameters, and its results are bit for bit those it would have
 * alone. Only the order in which the lanes run is shared.
 *
 * <p>Use: {@link #begin} an episode in every lane, then call {@link #next()} repeatedly; it runs
 * one lane's episode (and those its plan allows after it, if it has one) to the end and returns
 * that lane, which the caller must {@link #begin} again or {@link #retire} before the next call.
 * Not thread-safe.
 */
/*
 * Implementation note. The C yardstick's --lanes kernel (shared/bench/taxi_q.c, train_lanes)
 * advances its lanes in lockstep, one step each in turn, so that their dependency chains overlap.
 * qsweep did that too, and measured it slower than one lane, for every learner and model (README,
 * "Speed"): a lane stepped from the others' loop keeps its episode in fields, while a lane running
 * alone keeps it in locals, which the JIT holds in registers, and a step without a row scan leaves
 * little for interleaving to hide. So the lanes take turns by episodes: each runs its own loop
 * (finishEpisode) through all the episodes its plan allows, up to 256, then the next. A retired lane
 * is swapped out of the active prefix, so the rotation never tests whether a lane still runs.
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
    if (p < cursor && last >= cursor) {
      // The lane moved into the gap had not had its turn in this round: it goes next.
      cursor = p;
    }
  }

  /** Number of lanes not retired. */
  public int activeCount() {
    return activeCount;
  }

  /**
   * Runs the next active lane's episode, and those its plan allows after it, to the end, and
   * returns that lane (its learner then holds the last episode's results). Lanes take turns in
   * order.
   *
   * @throws IllegalStateException if every lane is retired
   */
  public int next() {
    int p = turn();
    active[p].finishEpisode();
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
    int p = turn();
    TabularLearner learner = active[p];
    do {
      visits[learner.observation]++;
    } while (!learner.step());
    return laneAt[p];
  }

  /** The position in {@code active} of the lane whose turn it is, moving the turn on. */
  private int turn() {
    checkState(activeCount > 0, "every lane is retired");
    int p = cursor < activeCount ? cursor : 0;
    cursor = p + 1;
    return p;
  }
}
