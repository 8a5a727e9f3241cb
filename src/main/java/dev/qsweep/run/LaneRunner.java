package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.experiment.Seeds;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.learn.Lanes;
import dev.qsweep.learn.TabularLearner;
import dev.qsweep.learn.Xoshiro256StarStar;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a group of trials of one environment and one learner as lanes of one thread ({@link Lanes}):
 * each trial's result is bit for bit what it gives alone ({@link TrialRunner#run}), only faster,
 * because the lanes' steps overlap. Stateless and thread-safe.
 */
public final class LaneRunner {
  private LaneRunner() {}

  /**
   * Runs {@code specs} (1 to {@link Lanes#MAX_LANES}, all of one environment, with its options, and
   * one algorithm) on {@code model}, given its optimal return; one result per spec, in order.
   *
   * @throws IllegalArgumentException if the specs differ in environment or algorithm, or there are
   *     too many
   */
  public static List<TrialResult> run(
      List<TrialSpec> specs, TabularModel model, double optimalReturn) {
    return run(specs, model, optimalReturn, null);
  }

  /** {@link #run} counting the lanes' visits as {@link #train} does; null for none. */
  static List<TrialResult> run(
      List<TrialSpec> specs, TabularModel model, double optimalReturn, long[] visits) {
    return advance(start(specs, model, optimalReturn), budgets(specs), visits);
  }

  /**
   * Trains {@code specs} as lanes with the given streams, one of each per spec. Passing each lane's
   * exploration stream as its start stream reproduces the single-stream C yardstick exactly ({@code
   * taxi_q --lanes K}); {@link #run} uses separate streams.
   */
  public static List<TrialResult> train(
      List<TrialSpec> specs,
      TabularModel model,
      double optimalReturn,
      Xoshiro256StarStar[] starts,
      Xoshiro256StarStar[] explore,
      Xoshiro256StarStar[] dynamics) {
    return train(specs, model, optimalReturn, starts, explore, dynamics, null);
  }

  /**
   * {@link #train} that also counts, in {@code visits} (indexed by observation), the observations
   * the lanes took their steps from; null for none (the fast path).
   */
  static List<TrialResult> train(
      List<TrialSpec> specs,
      TabularModel model,
      double optimalReturn,
      Xoshiro256StarStar[] starts,
      Xoshiro256StarStar[] explore,
      Xoshiro256StarStar[] dynamics,
      long[] visits) {
    return advance(
        start(specs, model, optimalReturn, starts, explore, dynamics), budgets(specs), visits);
  }

  /** Each spec's full episodes. */
  private static int[] budgets(List<TrialSpec> specs) {
    int[] budgets = new int[specs.size()];
    for (int k = 0; k < budgets.length; k++) {
      budgets[k] = specs.get(k).episodes();
    }
    return budgets;
  }

  /**
   * Trainings of {@code specs} (as {@link #train} checks them) that have trained nothing yet: each
   * trains to a budget with {@link #advance}, and can be continued later.
   */
  static List<TrialTraining> start(
      List<TrialSpec> specs,
      TabularModel model,
      double optimalReturn,
      Xoshiro256StarStar[] starts,
      Xoshiro256StarStar[] explore,
      Xoshiro256StarStar[] dynamics) {
    int count = specs.size();
    checkArgument(count > 0, "a lane group needs at least one trial");
    Algorithm algorithm = specs.get(0).algorithm();
    double[] initialQ = new double[count];
    for (int k = 0; k < count; k++) {
      TrialSpec spec = specs.get(k);
      checkArgument(
          spec.algorithm() == algorithm
              && spec.envId().equals(specs.get(0).envId())
              && spec.envOptions().equals(specs.get(0).envOptions()),
          "the trials of a lane group must share environment and learner");
      initialQ[k] = spec.initialQ();
    }
    Lanes lanes = Lanes.of(algorithm, model, initialQ, explore, dynamics);
    List<TrialTraining> trials = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      trials.add(
          new TrialTraining(specs.get(k), model, optimalReturn, lanes.learner(k), starts[k]));
    }
    return trials;
  }

  /** {@link #start} with each spec's own streams, as {@link #run} seeds them. */
  static List<TrialTraining> start(
      List<TrialSpec> specs, TabularModel model, double optimalReturn) {
    int count = specs.size();
    Xoshiro256StarStar[] starts = new Xoshiro256StarStar[count];
    Xoshiro256StarStar[] explore = new Xoshiro256StarStar[count];
    Xoshiro256StarStar[] dynamics = new Xoshiro256StarStar[count];
    for (int k = 0; k < count; k++) {
      TrialSpec spec = specs.get(k);
      starts[k] = new Xoshiro256StarStar(spec.seed(Seeds.Stream.STARTS));
      explore[k] = new Xoshiro256StarStar(spec.seed(Seeds.Stream.EXPLORATION));
      dynamics[k] = new Xoshiro256StarStar(spec.seed(Seeds.Stream.DYNAMICS));
    }
    return start(specs, model, optimalReturn, starts, explore, dynamics);
  }

  /**
   * Trains {@code trials} (of one environment and one learner, fresh or paused, 1 to {@link
   * Lanes#MAX_LANES}) as lanes of this thread, each until its budget in {@code budgets}; returns
   * each one's result there, in order. Each can be continued afterwards.
   *
   * @param visits counts the observations steps were taken from, as {@link #train} does; null for
   *     none
   * @throws IllegalArgumentException for a budget below what a trial has trained or above its
   *     spec's episodes
   */
  static List<TrialResult> advance(List<TrialTraining> trials, int[] budgets, long[] visits) {
    int count = trials.size();
    TabularModel model = trials.get(0).model();
    TabularLearner[] learners = new TabularLearner[count];
    for (int k = 0; k < count; k++) {
      learners[k] = trials.get(k).learner();
    }
    Lanes lanes = Lanes.around(learners);
    // Exact under the time limit; over the infinite horizon without one (no hidden cap).
    PolicyEvaluator evaluator = PolicyEvaluator.exact(model);
    long[] evaluationBefore = new long[count];
    long[] stepsBefore = new long[count];
    long began = System.nanoTime();
    for (int k = 0; k < count; k++) {
      TrialTraining t = trials.get(k);
      evaluationBefore[k] = t.evaluationNanos();
      stepsBefore[k] = t.steps();
      if (t.resume(lanes, k, evaluator, budgets[k])) {
        t.beginEpisode();
      } else {
        lanes.retire(k);
      }
    }
    while (lanes.activeCount() > 0) {
      int lane = visits == null ? lanes.next() : lanes.nextCounting(visits);
      if (trials.get(lane).endEpisode()) {
        trials.get(lane).beginEpisode();
      } else {
        lanes.retire(lane);
      }
    }
    long nanos = System.nanoTime() - began;
    // The group's training time (evaluations excluded), shared out by steps: timings.csv only.
    long steps = 0;
    long[] stepsNow = new long[count];
    for (int k = 0; k < count; k++) {
      TrialTraining t = trials.get(k);
      nanos -= t.evaluationNanos() - evaluationBefore[k];
      stepsNow[k] = t.steps() - stepsBefore[k];
      steps += stepsNow[k];
    }
    List<TrialResult> results = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      long share = steps == 0 ? nanos / count : Math.round(nanos * (stepsNow[k] / (double) steps));
      results.add(trials.get(k).result(share));
    }
    return results;
  }
}
