package dev.qsweep.search;

import dev.qsweep.experiment.Experiment;
import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.UserCodeException;

/**
 * An experiment that searches instead of training its whole grid: it builds its grid as any
 * experiment does (the name, replicates, seed and the values searched), and chooses a strategy over
 * it. An {@link Experiment} that is not one sweeps the full grid.
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
   * Candidates#of(Grid)}, {@link RandomSearch}, {@link Hyperband} or {@link GeneticSearch} over a
   * {@link SearchSpace}, or {@link GridSearch}. Called once, before any trial runs; bad settings
   * throw then.
   */
  Strategy strategy(Grid grid);

  /**
   * The strategy of a loaded experiment: its own if it is a {@code SearchExperiment}, else the full
   * grid.
   *
   * @throws UserCodeException naming the experiment file's line, for bad settings or any other
   *     failure of the experiment's {@code strategy}
   */
  static Strategy of(ExperimentLoader.Loaded loaded) {
    if (!(loaded.experiment() instanceof SearchExperiment search)) {
      return new GridSearch(loaded.grid());
    }
    Strategy strategy;
    try {
      strategy = search.strategy(loaded.grid());
    } catch (Throwable e) {
      throw UserCodeException.failure(search.getClass(), "strategy()", e);
    }
    if (strategy == null) {
      throw new IllegalArgumentException(
          loaded.source() + ": strategy() returned null; it must return a strategy");
    }
    return strategy;
  }
}
