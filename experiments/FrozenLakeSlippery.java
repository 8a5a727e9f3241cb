import static dev.qsweep.schedule.Schedule.constant;
import static dev.qsweep.schedule.Schedule.exponential;
import static dev.qsweep.schedule.Schedule.linear;

import dev.qsweep.experiment.Experiment;
import dev.qsweep.experiment.Grid;

/**
 * The slippery 4x4 FrozenLake: where Q-learning's greedy policy must plan for the ice. Learners and
 * learning rates against a far-sighted discount; the exact scores make small differences in success
 * probability visible without thousands of evaluation episodes.
 */
public final class FrozenLakeSlippery implements Experiment {
  @Override
  public Grid grid() {
    return Grid.builder("frozenlake-slippery")
        .env("FrozenLake-v1")
        .learner("q-learning", "expected-sarsa", "double-q")
        .alpha(constant(0.05), constant(0.2), exponential(0.5, 0.9995, 0.01))
        .gamma(0.99)
        .epsilon(linear(1.0, 0.05, 8_000))
        .episodes(10_000)
        .evalEvery(500)
        .replicates(8)
        .seed(11)
        .build();
  }
}
