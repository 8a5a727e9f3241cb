package dev.qsweep.experiment;

/**
 * An experiment: one Java file in {@code experiments/} whose public class implements this and
 * builds a {@link Grid}. {@code qsweep sweep experiments/Foo.java} compiles and runs it with no
 * rebuild of qsweep.
 *
 * <pre>{@code
 * import static dev.qsweep.schedule.Schedule.*;
 *
 * import dev.qsweep.experiment.*;
 *
 * public final class TaxiDecay implements Experiment {
 *   @Override
 *   public Grid grid() {
 *     return Grid.builder("taxi-decay")
 *         .env("Taxi-v3")
 *         .alpha(constant(0.1), exponential(0.5, 0.9999, 0.01))
 *         .gamma(0.6, 0.9, 0.99)
 *         .epsilon(constant(0.1), linear(1.0, 0.01, 50_000))
 *         .episodes(100_000)
 *         .replicates(10)
 *         .seed(42)
 *         .build();
 *   }
 * }
 * }</pre>
 */
public interface Experiment extends Sweepable {
  /** The grid to sweep. Called once; it must not depend on anything but the code itself. */
  Grid grid();

  /** The grid: an experiment's sweep is its grid. */
  @Override
  default Sweep sweep() {
    return grid();
  }
}
