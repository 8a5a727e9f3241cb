import dev.qsweep.experiment.Experiment;
import dev.qsweep.experiment.Grid;

/**
 * Sutton and Barto's example 6.6 on CliffWalking-v1: with epsilon 0.1 exploration, Q-learning
 * learns the optimal path along the cliff edge (return -13) but falls off more while training,
 * SARSA and Expected SARSA learn the safer path. Undiscounted, alpha 0.5, 500 episodes.
 */
public final class CliffWalkingSarsaVsQ implements Experiment {
  @Override
  public Grid grid() {
    return Grid.builder("cliffwalking-sarsa-vs-q")
        .env("CliffWalking-v1")
        .learner("q-learning", "sarsa", "expected-sarsa")
        .alpha(0.5)
        .gamma(1.0)
        .epsilon(0.1)
        .episodes(500)
        .curveBins(50)
        .replicates(20)
        .seed(66)
        .build();
  }
}
