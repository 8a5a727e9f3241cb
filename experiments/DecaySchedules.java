import static dev.qsweep.schedule.Schedule.constant;
import static dev.qsweep.schedule.Schedule.exponential;
import static dev.qsweep.schedule.Schedule.linear;

import dev.qsweep.experiment.Experiment;
import dev.qsweep.experiment.Grid;

/**
 * The tutorial's suggestion that alpha, gamma and epsilon should decrease over training, tested:
 * constant against decaying alpha and epsilon, and a gamma that grows towards far-sighted, side by
 * side on Taxi-v3 with a short training budget, so the schedules' effect on learning speed shows.
 */
public final class DecaySchedules implements Experiment {
  @Override
  public Grid grid() {
    return Grid.builder("decay-schedules")
        .env("Taxi-v3")
        .learner("q-learning")
        .alpha(constant(0.1), exponential(0.9, 0.999, 0.1))
        .gamma(constant(0.6), linear(0.6, 0.99, 2_000))
        .epsilon(constant(0.1), linear(1.0, 0.01, 1_500), exponential(0.5, 0.998, 0.01))
        .episodes(3_000)
        .evalEvery(100)
        .curveBins(50)
        .replicates(10)
        .seed(7)
        .build();
  }
}
