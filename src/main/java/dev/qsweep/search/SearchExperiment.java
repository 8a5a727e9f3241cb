package dev.qsweep.search;

import dev.qsweep.experiment.Experiment;
import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.Sweepable;
import dev.qsweep.experiment.UserCodeException;

/**
 * An experiment that searches a grid instead of training all of it: it builds its grid as any
 * experiment does (the name, replicates, seed and the values searched), and chooses a strategy over
 * it, such as successive halving over its configurations. An {@link Experiment} that is not one
 * sweeps the full grid. To search ranges instead of a grid's values, implement {@link SpaceSearch}.
 *
 * <pre>{@code
 * public final class TutorialHalving implements SearchExperiment {
 *   @Override
 *   public Grid grid() {
 *     return Grid.builder("tutorial-halving")...episodes(3_000).build();
 *   }
 *
 *   @Override
 *   public Strategy strategy(Grid grid) {
 *     return new SuccessiveHalving(Candidates.of(grid), 83, 3_000, 6);
 *   }
 * }
 * }</pre>
 */
public interface SearchExperiment extends Experiment {
  /**
   * The strategy, given the grid {@link #grid()} built: {@link SuccessiveHalving} over {@link
   * Candidates#of(Grid)}, or {@link GridSearch}. (A {@link RandomSearch}, {@link Hyperband} or
   * {@link GeneticSearch} over a {@link SearchSpace} is allowed here too, but then the grid's
   * replicates, seed and evaluation govern its trials; a {@link SpaceSearch} states them once, in
   * the space.) Called once, before any trial runs; bad settings throw then.
   */
  Strategy strategy(Grid grid);

  /**
   * The strategy of a loaded experiment: its own if it is a {@code SearchExperiment} or a {@link
   * SpaceSearch} (given the space it built), else the full grid.
   *
   * @throws UserCodeException naming the experiment file's line, for bad settings or any other
   *     failure of the experiment's {@code strategy}
   * @throws IllegalArgumentException for a strategy that is null, or a space search's grid search
   */
  static Strategy of(ExperimentLoader.Loaded loaded) {
    Sweepable experiment = loaded.experiment();
    if (!(experiment instanceof SearchExperiment) && !(experiment instanceof SpaceSearch)) {
      return new GridSearch(loaded.grid());
    }
    Strategy strategy;
    try {
      strategy =
          experiment instanceof SpaceSearch space
              ? space.strategy((SearchSpace) loaded.sweep())
              : ((SearchExperiment) experiment).strategy(loaded.grid());
    } catch (Throwable e) {
      throw UserCodeException.failure(experiment.getClass(), "strategy()", e);
    }
    if (strategy == null) {
      throw new IllegalArgumentException(
          loaded.source() + ": strategy() returned null; it must return a strategy");
    }
    if (experiment instanceof SpaceSearch && strategy instanceof GridSearch) {
      throw new IllegalArgumentException(
          loaded.source()
              + ": strategy() returned a grid search, but the experiment searches a space; return"
              + " a search over the space, or implement Experiment to sweep a grid");
    }
    // The grid's strategy runs no experiment code; any other may, whenever it is called.
    return strategy instanceof GridSearch
        ? strategy
        : new UserStrategy(strategy, experiment.getClass());
  }
}
