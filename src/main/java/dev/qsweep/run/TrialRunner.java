package dev.qsweep.run;

import dev.qsweep.env.Environment;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.Greedy;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.experiment.Seeds;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.TabularLearner;
import dev.qsweep.learn.Xoshiro256StarStar;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one trial: trains the learner for the spec's episodes, folding the learning curves, then
 * scores the greedy policy exactly. Stateless and thread-safe; each call owns its environment,
 * Q-table and random streams.
 */
public final class TrialRunner {
  private TrialRunner() {}

  /** Runs {@code spec} on a fresh environment. */
  public static TrialResult run(TrialSpec spec) {
    Environment environment = spec.environment();
    TabularModel model = environment.dynamics();
    return run(spec, model, OptimalControl.optimalReturn(model));
  }

  /**
   * Runs {@code spec} on {@code model} (the spec's environment's dynamics, shared read-only between
   * trials), given its optimal return.
   */
  public static TrialResult run(TrialSpec spec, TabularModel model, double optimalReturn) {
    Xoshiro256StarStar starts = new Xoshiro256StarStar(spec.seed(Seeds.Stream.STARTS));
    Xoshiro256StarStar explore = new Xoshiro256StarStar(spec.seed(Seeds.Stream.EXPLORATION));
    Xoshiro256StarStar dynamics = new Xoshiro256StarStar(spec.seed(Seeds.Stream.DYNAMICS));
    TabularLearner learner = spec.algorithm().create(model, spec.initialQ(), explore, dynamics);
    return train(spec, model, optimalReturn, learner, starts);
  }

  /**
   * Trains {@code learner} with start states drawn from {@code starts}. Passing the learner's own
   * exploration stream as {@code starts} reproduces the single-stream C yardstick exactly; {@link
   * #run(TrialSpec)} uses separate streams.
   */
  public static TrialResult train(
      TrialSpec spec,
      TabularModel model,
      double optimalReturn,
      TabularLearner learner,
      Xoshiro256StarStar starts) {
    int episodes = spec.episodes();
    int stepCap = model.maxEpisodeSteps();
    LearningCurve curve = new LearningCurve(episodes, spec.curveBins());
    PolicyEvaluator evaluator = new PolicyEvaluator(model);
    List<EvaluationPoint> evaluations = new ArrayList<>();
    int firstOptimal = -1;
    boolean uniformStarts = uniformInitial(model);
    int startCount = model.initialStateCount();
    long steps = 0;
    long penalties = 0;
    long truncated = 0;
    long successes = 0;
    double totalReturn = 0;
    long nanos = 0;
    long began = System.nanoTime();
    for (int e = 0; e < episodes; e++) {
      int start =
          uniformStarts
              ? model.initialState(starts.nextInt(startCount))
              : model.sampleInitialState(starts.nextDouble());
      int t =
          learner.runEpisode(
              start,
              spec.alpha().valueAt(e),
              spec.gamma().valueAt(e),
              spec.epsilon().valueAt(e),
              stepCap);
      steps += t;
      penalties += learner.episodePenalties();
      truncated += learner.episodeTerminated() ? 0 : 1;
      successes += learner.episodeSucceeded() ? 1 : 0;
      totalReturn += learner.episodeReturn();
      curve.add(
          e, learner.episodeReturn(), t, learner.episodePenalties(), learner.episodeSucceeded());
      if (spec.evalEvery() > 0 && (e + 1) % spec.evalEvery() == 0) {
        nanos += System.nanoTime() - began;
        PolicyScore score = evaluator.score(greedyPolicy(model, learner));
        double gap = optimalReturn - score.expectedReturn();
        evaluations.add(new EvaluationPoint(e + 1, score, gap));
        if (firstOptimal < 0 && gap <= TrialResult.OPTIMAL_TOLERANCE) {
          firstOptimal = e + 1;
        }
        began = System.nanoTime();
      }
    }
    nanos += System.nanoTime() - began;
    double[] values = learner.greedyValues().clone();
    PolicyScore score = evaluator.score(greedyPolicy(model, learner));
    return new TrialResult(
        spec,
        new TrainingTotals(episodes, steps, penalties, truncated, successes, totalReturn),
        curve,
        score,
        optimalReturn,
        List.copyOf(evaluations),
        firstOptimal,
        values,
        nanos);
  }

  private static int[] greedyPolicy(TabularModel model, TabularLearner learner) {
    return Greedy.policy(learner.greedyValues(), model.observationCount(), model.actionCount());
  }

  /** Whether every start state is equally likely (then a start is one bounded-integer draw). */
  static boolean uniformInitial(TabularModel model) {
    for (int j = 1; j < model.initialStateCount(); j++) {
      if (model.initialProbability(j) != model.initialProbability(0)) {
        return false;
      }
    }
    return true;
  }
}
