import static dev.qsweep.search.Dimension.uniform;

import dev.qsweep.search.Hyperband;
import dev.qsweep.search.SearchSpace;
import dev.qsweep.search.SpaceSearch;
import dev.qsweep.search.Strategy;

/**
 * Hyperband over TutorialGrid's ranges, continuously (alpha in [0.1, 0.9], gamma in [0.6, 0.99],
 * epsilon in [0.01, 0.4], each uniform), for Q-learning on Taxi-v3 with the same 10 replicates,
 * seed 2018 and 3,000 episodes as the full budget. With eta 6 and a minimum of 83 episodes, as
 * TutorialHalving, the bracket table has three brackets: 36 configurations from 83 episodes (the
 * best sixth on to 500, the best of those to 3,000), 9 from 500, and 3 at 3,000 from the start.
 */
public final class TutorialHyperband implements SpaceSearch {
  @Override
  public SearchSpace space() {
    return SearchSpace.builder("tutorial-hyperband")
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
    return new Hyperband(space, 83, 6);
  }
}
