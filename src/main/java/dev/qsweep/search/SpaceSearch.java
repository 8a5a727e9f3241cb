package dev.qsweep.search;

import dev.qsweep.experiment.Sweep;
import dev.qsweep.experiment.Sweepable;

/**
 * An experiment that searches a space of ranges, with no grid: the space states the ranges searched
 * and, once, what every trial shares (environment, episodes, replicates, seed, evaluation); the
 * strategy says how to search it.
 *
 * <pre>{@code
 * import static dev.qsweep.search.Dimension.*;
 *
 * public final class TutorialRandom implements SpaceSearch {
 *   @Override
 *   public SearchSpace space() {
 *     return SearchSpace.builder("tutorial-random")
 *         .env("Taxi-v3")
 *         .learner("q-learning")
 *         .alpha(uniform(0.1, 0.9))
 *         .gamma(uniform(0.6, 0.99))
 *         .epsilon(uniform(0.01, 0.4))
 *         .episodes(3_000)
 *         .replicates(10)
 *         .seed(2018)
 *         .build();
 *   }
 *
 *   @Override
 *   public Strategy strategy(SearchSpace space) {
 *     return new RandomSearch(space, 16);
 *   }
 * }
 * }</pre>
 */
public interface SpaceSearch extends Sweepable {
  /**
   * The space searched. Called once, before any trial runs, under the time limit on user code; bad
   * ranges and settings throw then.
   */
  SearchSpace space();

  /**
   * The strategy over {@code space}, the one {@link #space()} built: {@link RandomSearch}, {@link
   * Hyperband}, {@link GeneticSearch}, or {@link SuccessiveHalving} over {@link
   * Candidates#of(SearchSpace, String, int)}. Called once, before any trial runs; bad settings
   * throw then.
   */
  Strategy strategy(SearchSpace space);

  /** The space: a space search's sweep is its space. */
  @Override
  default Sweep sweep() {
    return space();
  }
}
