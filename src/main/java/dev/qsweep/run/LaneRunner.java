package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.experiment.Seeds;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.learn.Lanes;
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
    return train(specs, model, optimalReturn, starts, explore, dynamics, visits);
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
    // Exact under the time limit; over the infinite horizon without one (no hidden cap).
    PolicyEvaluator evaluator = PolicyEvaluator.exact(model);
    TrialTraining[] trials = new TrialTraining[count];
    long began = System.nanoTime();
    for (int k = 0; k < count; k++) {
      trials[k] =
          new TrialTraining(specs.get(k), model, optimalReturn, evaluator, lanes, k, starts[k]);
      trials[k].beginEpisode();
    }
    while (lanes.activeCount() > 0) {
      int lane = visits == null ? lanes.next() : lanes.nextCounting(visits);
      if (trials[lane].endEpisode()) {
        trials[lane].beginEpisode();
      } else {
        lanes.retire(lane);
      }
    }
    long nanos = System.nanoTime() - began;
    // The group's training time (evaluations excluded), shared out by steps: timings.csv only.
    long steps = 0;
    for (TrialTraining t : trials) {
      nanos -= t.evaluationNanos();
      steps += t.steps();
    }
    List<TrialResult> results = new ArrayList<>(count);
    for (TrialTraining t : trials) {
      long share = steps == 0 ? nanos / count : Math.round(nanos * (t.steps() / (double) steps));
      results.add(t.result(share));
    }
    return results;
  }
}
