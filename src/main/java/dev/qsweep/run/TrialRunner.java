package dev.qsweep.run;

import dev.qsweep.env.Environment;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.TrialSpec;
import java.util.List;

/**
 * Runs one trial: trains the learner for the spec's episodes, folding the learning curves, then
 * scores the greedy policy exactly (a lane group of one, {@link LaneRunner}). Stateless and
 * thread-safe; each call owns its environment, Q-table and random streams.
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
    return LaneRunner.run(List.of(spec), model, optimalReturn).get(0);
  }

  /**
   * Runs {@code spec} on a fresh environment as {@link #run(TrialSpec)} does, bit for bit, adding
   * to {@code visits} (one count per observation) how often training took a step from each
   * observation, so the counts sum to the training steps. Steps one at a time, so slower: for the
   * report's pictures only.
   */
  public static TrialResult runCountingVisits(TrialSpec spec, long[] visits) {
    TabularModel model = spec.environment().dynamics();
    return LaneRunner.run(List.of(spec), model, OptimalControl.optimalReturn(model), visits).get(0);
  }

  /**
   * Starts {@code spec} on {@code model} without training it: {@link Training#trainTo} trains it to
   * a budget, and on to a larger one later, as a budgeted search does. Its curve is binned over the
   * spec's episodes (the full budget).
   */
  public static Training start(TrialSpec spec, TabularModel model, double optimalReturn) {
    return new Training(LaneRunner.start(List.of(spec), model, optimalReturn).get(0));
  }

  /**
   * A trial that trains to a budget and can be continued: training to r, then to R, gives at R what
   * {@link #run} gives for R episodes, bit for bit. Not thread-safe.
   */
  public static final class Training {
    private final TrialTraining training;

    Training(TrialTraining training) {
      this.training = training;
    }

    /**
     * Trains on until {@code budget} episodes and returns the trial there (a snapshot: training on
     * does not change it).
     *
     * @throws IllegalArgumentException for a budget below the episodes trained or above the spec's
     */
    public TrialResult trainTo(int budget) {
      return LaneRunner.advance(List.of(training), new int[] {budget}, null).get(0);
    }

    /** Episodes trained so far. */
    public int episodesTrained() {
      return training.episodesTrained();
    }
  }
}
