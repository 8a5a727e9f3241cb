package dev.qsweep.run;

import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.Greedy;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.EpisodePlan;
import dev.qsweep.learn.Lanes;
import dev.qsweep.learn.StartStates;
import dev.qsweep.learn.TabularLearner;
import dev.qsweep.learn.Xoshiro256StarStar;
import dev.qsweep.schedule.EpisodeValues;
import java.util.ArrayList;
import java.util.List;

/**
 * One trial's training as it runs in a lane: draws each episode's start, reads its schedules, folds
 * the finished episode into the totals and learning curves, and scores the greedy policy every
 * {@code evalEvery} episodes. Per-episode work only; the steps run in {@link Lanes}.
 *
 * <p>It trains to a budget and can then be continued to a larger one, in another lane group: its
 * learner (Q-table, random streams), start stream, totals, curve (binned over the spec's episodes,
 * the full budget) and evaluation countdown carry over, and schedules read the absolute episode, so
 * training to r and continuing to R is training to R, bit for bit.
 */
final class TrialTraining {
  private final TrialSpec spec;
  private final TabularModel model;
  private final double optimalReturn;
  private PolicyEvaluator evaluator;
  private Lanes lanes;
  private int lane;
  private int budget;
  private final TabularLearner learner;
  private final StartStates starts;
  private final EpisodePlan plan;
  private final int stepCap;
  private final int episodes;
  private final EpisodeValues alpha;
  private final EpisodeValues gamma;
  private final EpisodeValues epsilon;
  private final LearningCurve curve;
  private final List<EvaluationPoint> evaluations = new ArrayList<>();
  private int firstOptimal = -1;
  private int episode;
  private int untilEvaluation;
  private long steps;
  private long penalties;
  private long truncated;
  private long successes;
  private double totalReturn;
  private long evaluationNanos;

  TrialTraining(
      TrialSpec spec,
      TabularModel model,
      double optimalReturn,
      TabularLearner learner,
      Xoshiro256StarStar starts) {
    this.spec = spec;
    this.model = model;
    this.optimalReturn = optimalReturn;
    this.learner = learner;
    this.starts = new StartStates(model, starts);
    this.plan = new EpisodePlan(this.starts);
    this.stepCap = model.maxEpisodeSteps();
    this.episodes = spec.episodes();
    this.alpha = new EpisodeValues(spec.alpha());
    this.gamma = new EpisodeValues(spec.gamma());
    this.epsilon = new EpisodeValues(spec.epsilon());
    this.curve = new LearningCurve(episodes, spec.curveBins());
    this.untilEvaluation = spec.evalEvery();
  }

  /**
   * Moves this training into lane {@code lane} of {@code lanes} (whose learner there is this
   * training's), scoring with {@code evaluator} (one per thread), to train until {@code budget}
   * episodes; returns whether it has episodes to train (then call {@link #beginEpisode()}).
   */
  boolean resume(Lanes lanes, int lane, PolicyEvaluator evaluator, int budget) {
    if (budget < episode || budget > episodes) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "budget %d is out of range: the trial has trained %d of its %d episodes",
              budget,
              episode,
              episodes));
    }
    this.lanes = lanes;
    this.lane = lane;
    this.evaluator = evaluator;
    this.budget = budget;
    return episode < budget;
  }

  /** The model it trains on. */
  TabularModel model() {
    return model;
  }

  /** The learner this training trains. */
  TabularLearner learner() {
    return learner;
  }

  /** Episodes trained so far. */
  int episodesTrained() {
    return episode;
  }

  /**
   * Starts the next episode in this trial's lane, and lets the lane go on through the episodes
   * after it that it can run alone: those before the budget, before the next evaluation and before
   * any schedule's next change.
   */
  void beginEpisode() {
    int e = episode;
    long until = Math.min(budget, e + (long) EpisodePlan.CAPACITY);
    if (untilEvaluation > 0) {
      until = Math.min(until, e + (long) untilEvaluation);
    }
    until = Math.min(until, alpha.sameUntil(e));
    until = Math.min(until, gamma.sameUntil(e));
    until = Math.min(until, epsilon.sameUntil(e));
    int start = starts.next();
    lanes.begin(
        lane, start, alpha.at(e), gamma.at(e), epsilon.at(e), stepCap, plan, (int) (until - e - 1));
  }

  /**
   * Folds in the episodes the lane ran since {@link #beginEpisode()}; returns whether the trial has
   * episodes left before its budget (then call {@link #beginEpisode()} again).
   */
  boolean endEpisode() {
    for (int j = 0; j < plan.logged(); j++) {
      fold(
          plan.steps(j),
          plan.episodeReturn(j),
          plan.penalties(j),
          plan.terminated(j),
          plan.succeeded(j));
    }
    plan.clear();
    return episode < budget;
  }

  /** Folds in one episode; {@code terminated} and {@code succeeded} are 0 or 1 (no branch). */
  private void fold(
      int t, double episodeReturn, int episodePenalties, int terminated, int succeeded) {
    steps += t;
    penalties += episodePenalties;
    truncated += 1 - terminated;
    successes += succeeded;
    totalReturn += episodeReturn;
    curve.add(episode, episodeReturn, t, episodePenalties, succeeded);
    episode++;
    if (--untilEvaluation == 0) {
      untilEvaluation = spec.evalEvery();
      long began = System.nanoTime();
      PolicyScore score = evaluator.score(greedyPolicy());
      double gap = optimalReturn - score.expectedReturn();
      evaluations.add(new EvaluationPoint(episode, score, gap));
      if (firstOptimal < 0 && gap <= TrialResult.OPTIMAL_TOLERANCE) {
        firstOptimal = episode;
      }
      evaluationNanos += System.nanoTime() - began;
    }
  }

  /** Environment steps taken so far. */
  long steps() {
    return steps;
  }

  /** Time spent in evaluations during training. */
  long evaluationNanos() {
    return evaluationNanos;
  }

  /**
   * Scores the greedy policy at the episodes trained so far; {@code trainNanos} is this trial's
   * share of the time. Training can go on afterwards: the result is a snapshot.
   */
  TrialResult result(long trainNanos) {
    double[] values = learner.greedyValues().clone();
    PolicyScore score = evaluator.score(greedyPolicy());
    return new TrialResult(
        spec,
        new TrainingTotals(episode, steps, penalties, truncated, successes, totalReturn),
        curve.copy(),
        score,
        optimalReturn,
        List.copyOf(evaluations),
        firstOptimal,
        values,
        trainNanos);
  }

  private int[] greedyPolicy() {
    return Greedy.policy(learner.greedyValues(), model.observationCount(), model.actionCount());
  }
}
