import static dev.qsweep.search.Dimension.uniform;

import dev.qsweep.search.GeneticSearch;
import dev.qsweep.search.SearchSpace;
import dev.qsweep.search.SpaceSearch;
import dev.qsweep.search.Strategy;

/**
 * A genetic algorithm over TutorialGrid's ranges, continuously (alpha in [0.1, 0.9], gamma in [0.6,
 * 0.99], epsilon in [0.01, 0.4], each uniform), for Q-learning on Taxi-v3 with the same 10
 * replicates, seed 2018 and 3,000 episodes. A population of 8 for 4 generations, the best 2 kept
 * each time, parents chosen by tournaments of 2, crossed with probability 0.5 and each gene mutated
 * with probability 0.2: at most 26 configurations trained, each new point once, to the full budget.
 */
public final class TutorialGenetic implements SpaceSearch {
  @Override
  public SearchSpace space() {
    return SearchSpace.builder("tutorial-genetic")
        .env("Taxi-v3")
        .learner("q-learning")
        .alpha(uniform(0.1, 0.9))
        .gamma(uniform(0.6, 0.99))
        .epsilon(uniform(0.01, 0.4))
        .episodes(3_000)
        .curveBins(20)
        .replicates(10)
        .seed(2018)
        .build();
  }

  @Override
  public Strategy strategy(SearchSpace space) {
    return new GeneticSearch(space, new GeneticSearch.Settings(8, 4, 2, 2, 0.5, 0.2));
  }
}
