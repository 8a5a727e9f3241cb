import dev.qsweep.experiment.Experiment;
import dev.qsweep.experiment.Grid;

/**
 * The tutorial's single configuration on Taxi-v3: Q-learning, alpha 0.1, gamma 0.6, epsilon 0.1,
 * 100,000 episodes, here with 10 replicates so the result comes with a confidence interval.
 */
public final class TutorialBaseline implements Experiment {
  @Override
  public Grid grid() {
    return Grid.builder("tutorial-baseline")
        .env("Taxi-v3")
        .learner("q-learning")
        .alpha(0.1)
        .gamma(0.6)
        .epsilon(0.1)
        .episodes(100_000)
        .evalEvery(5_000)
        .replicates(10)
        .seed(2018)
        .build();
  }
}
