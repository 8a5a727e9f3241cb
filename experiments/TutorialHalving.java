import dev.qsweep.experiment.Grid;
import dev.qsweep.search.Candidates;
import dev.qsweep.search.SearchExperiment;
import dev.qsweep.search.Strategy;
import dev.qsweep.search.SuccessiveHalving;

/**
 * Successive halving over exactly TutorialGrid's 80 configurations (same values, 10 replicates,
 * seed 2018, 3,000 episodes as the full budget): every configuration trains 83 episodes, the best
 * sixth continues to 500, the best of those to 3,000. Each promoted trial continues its own
 * training, so it ends bit for bit where TutorialGrid's trial of the same configuration ends.
 */
public final class TutorialHalving implements SearchExperiment {
  @Override
  public Grid grid() {
    return Grid.builder("tutorial-halving")
        .env("Taxi-v3")
        .learner("q-learning")
        .alpha(0.1, 0.3, 0.5, 0.7, 0.9)
        .gamma(0.6, 0.8, 0.9, 0.99)
        .epsilon(0.01, 0.1, 0.2, 0.4)
        .episodes(3_000)
        .curveBins(20)
        .replicates(10)
        .seed(2018)
        .build();
  }

  @Override
  public Strategy strategy(Grid grid) {
    return new SuccessiveHalving(Candidates.of(grid), 83, 3_000, 6);
  }
}
