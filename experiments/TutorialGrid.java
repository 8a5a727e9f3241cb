import dev.qsweep.experiment.Experiment;
import dev.qsweep.experiment.Grid;

/**
 * The grid search the tutorial proposes: several alpha, gamma and epsilon values for Q-learning on
 * Taxi-v3, picking the best reward per timestep while tracking penalties.
 *
 * <p>With the tutorial's 100,000 episodes nearly every setting learns the optimal policy, and the
 * search cannot tell them apart. A budget of 3,000 episodes makes the question the search answers a
 * real one: which settings learn the optimal taxi fastest?
 */
public final class TutorialGrid implements Experiment {
  @Override
  public Grid grid() {
    return Grid.builder("tutorial-grid")
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
}
