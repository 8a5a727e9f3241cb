import static dev.qsweep.search.Dimension.uniform;

import dev.qsweep.search.RandomSearch;
import dev.qsweep.search.SearchSpace;
import dev.qsweep.search.SpaceSearch;
import dev.qsweep.search.Strategy;

/**
 * Random search over TutorialGrid's ranges, continuously: alpha in [0.1, 0.9], gamma in [0.6, 0.99]
 * and epsilon in [0.01, 0.4], each uniform, for Q-learning on Taxi-v3 with the same 10 replicates,
 * seed 2018 and 3,000 episodes. 24 configurations, each trained to the full budget: a bit under a
 * third of the full grid's 80.
 */
public final class TutorialRandom implements SpaceSearch {
  @Override
  public SearchSpace space() {
    return SearchSpace.builder("tutorial-random")
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
    return new RandomSearch(space, 24);
  }
}
