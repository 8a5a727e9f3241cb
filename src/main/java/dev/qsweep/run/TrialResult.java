package dev.qsweep.run;

import dev.qsweep.eval.PolicyScore;
import dev.qsweep.experiment.TrialSpec;
import java.util.List;

/**
 * The outcome of one trial. Everything but {@link #trainNanos()} is a pure function of the spec.
 *
 * @param spec the trial
 * @param totals training totals
 * @param curve binned per-episode learning curves
 * @param score the exact score of the final greedy policy
 * @param optimalReturn the best expected return any policy reaches within the time limit
 * @param evaluations the exact score every {@code evalEvery} episodes (empty if not asked)
 * @param firstOptimalEpisode the first evaluated episode count at which the greedy policy was
 *     optimal (gap below 1e-9), or -1
 * @param greedyValues the final values whose greedy policy is the agent's
 * @param trainNanos wall-clock time of the training loop (not part of any reproducible output)
 */
public record TrialResult(
    TrialSpec spec,
    TrainingTotals totals,
    LearningCurve curve,
    PolicyScore score,
    double optimalReturn,
    List<EvaluationPoint> evaluations,
    int firstOptimalEpisode,
    double[] greedyValues,
    long trainNanos) {

  /** Tolerance under which a gap counts as optimal. */
  public static final double OPTIMAL_TOLERANCE = 1e-9;

  /** {@code optimalReturn - score.expectedReturn()}, never below 0 by more than rounding. */
  public double optimalityGap() {
    return optimalReturn - score.expectedReturn();
  }
}
