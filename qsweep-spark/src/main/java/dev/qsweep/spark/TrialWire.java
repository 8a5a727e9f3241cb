package dev.qsweep.spark;

import static com.google.common.base.Preconditions.checkState;

import dev.qsweep.experiment.Configuration;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.run.BudgetedTrial;
import dev.qsweep.schedule.Schedule;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trial as plain values, what the driver sends an executor: numbers and the text forms that
 * {@link Schedule#parse} and {@link Algorithm#parse} read back to equal values. No compiled class
 * of the experiment and no lambda crosses the wire, so an executor needs only qsweep's own jar.
 *
 * @param position the trial's place in its job, to find the driver's trial again
 * @param index the trial's index in its grid
 * @param id its id, {@code c003-r07}
 * @param configId its configuration's id
 * @param configIndex its configuration's index
 * @param envId the environment
 * @param envOptions the environment's non-default options, as key, value, key, value, ...
 * @param algorithm the learner's text form
 * @param alpha the learning rate's text form
 * @param gamma the discount's text form
 * @param epsilon the exploration's text form
 * @param initialQBits the initial Q value's bits
 * @param configEpisodes its configuration's episodes: the spec's for a grid's trial, the budget a
 *     search proposed it at for a budgeted search's (whose spec holds the full budget)
 * @param episodes the spec's training episodes, which its curve is binned over
 * @param budget the episodes to train it to, from episode 0: the spec's for a trial run whole, a
 *     budgeted search's budget ({@link BudgetedTrial#budget()}) otherwise
 * @param evalEvery exact evaluation every this many episodes
 * @param curveBins learning-curve bins
 * @param rootSeed the grid's root seed
 * @param replicate the replicate index
 */
record TrialWire(
    int position,
    int index,
    String id,
    String configId,
    int configIndex,
    String envId,
    List<String> envOptions,
    String algorithm,
    String alpha,
    String gamma,
    String epsilon,
    long initialQBits,
    int configEpisodes,
    int episodes,
    int budget,
    int evalEvery,
    int curveBins,
    long rootSeed,
    int replicate)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * {@code trial} as values; checks that they read back to the same trial, bit for bit, so that
   * what an executor trains is exactly what the driver asked for.
   *
   * @throws IllegalStateException if a value does not survive its text form (a bug in qsweep)
   */
  static TrialWire of(int position, Grid.Trial trial) {
    return of(position, trial, trial.spec().episodes());
  }

  /**
   * A budgeted search's trial as values, with its budget; checked as {@link #of(int, Grid.Trial)}
   * checks a trial. Where it paused is not sent: an executor holds no trial between batches, so it
   * retrains each from episode 0, which gives the same bits.
   */
  static TrialWire of(int position, BudgetedTrial trial) {
    return of(position, trial.trial(), trial.budget());
  }

  private static TrialWire of(int position, Grid.Trial trial, int budget) {
    Configuration c = trial.configuration();
    TrialSpec s = trial.spec();
    List<String> options = new ArrayList<>(2 * s.envOptions().size());
    for (Map.Entry<String, String> e : s.envOptions().entrySet()) {
      options.add(e.getKey());
      options.add(e.getValue());
    }
    TrialWire wire =
        new TrialWire(
            position,
            trial.index(),
            trial.id(),
            c.id(),
            c.index(),
            s.envId(),
            List.copyOf(options),
            s.algorithm().text(),
            s.alpha().text(),
            s.gamma().text(),
            s.epsilon().text(),
            Double.doubleToRawLongBits(s.initialQ()),
            c.episodes(),
            s.episodes(),
            budget,
            s.evalEvery(),
            s.curveBins(),
            s.rootSeed(),
            s.replicate());
    checkState(wire.toTrial().equals(trial), "trial %s does not survive its wire form", trial.id());
    return wire;
  }

  /** The trial again, as the driver's grid made it. */
  Grid.Trial toTrial() {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < envOptions.size(); i += 2) {
      options.put(envOptions.get(i), envOptions.get(i + 1));
    }
    Algorithm learner = Algorithm.parse(algorithm);
    Schedule a = Schedule.parse(alpha);
    Schedule g = Schedule.parse(gamma);
    Schedule e = Schedule.parse(epsilon);
    double q = Double.longBitsToDouble(initialQBits);
    TrialSpec spec =
        new TrialSpec(
            envId, options, learner, a, g, e, q, episodes, evalEvery, curveBins, rootSeed,
            replicate);
    Configuration configuration =
        new Configuration(
            configId, configIndex, envId, spec.envOptions(), learner, a, g, e, q, configEpisodes);
    return new Grid.Trial(index, id, configuration, spec);
  }

  /** The trial again with its budget, to be trained from episode 0 to it. */
  BudgetedTrial toBudgeted() {
    return new BudgetedTrial(toTrial(), 0, budget);
  }
}
