package dev.qsweep.spark;

import dev.qsweep.env.Environments;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.Sweep;
import dev.qsweep.run.ExecutorProvider;
import dev.qsweep.run.TrialExecutor;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code --spark MASTER}: found by the core through {@link java.util.ServiceLoader} when this
 * module is on the class path.
 */
public final class SparkProvider implements ExecutorProvider {
  /** For {@link java.util.ServiceLoader}. */
  public SparkProvider() {}

  @Override
  public String name() {
    return "spark";
  }

  /**
   * Checks that every environment of a grid is one of qsweep's own (an executor rebuilds a trial
   * from its values, and cannot rebuild an environment written in the experiment's Java or read
   * from a file on the driver; a search space's are checked as each batch is sent), that a
   * standalone master answers, then starts Spark.
   */
  @Override
  public TrialExecutor open(String target, Sweep sweep, int lanes) {
    if (sweep instanceof Grid grid) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < grid.configurationCount(); i++) {
        String env = grid.configuration(i).envId();
        if (seen.add(env)) {
          checkBuiltIn(env, "grid");
        }
      }
    }
    Masters.checkReachable(target);
    return new SparkTrialExecutor(target, SparkContexts.on(target), lanes);
  }

  /**
   * Checks that {@code env}, an environment of the {@code what} (grid, search) about to run, is one
   * of qsweep's own.
   *
   * @throws IllegalArgumentException naming it, when it is not
   */
  static void checkBuiltIn(String env, String what) {
    if (!Environments.isBuiltIn(env)) {
      throw new IllegalArgumentException(
          "--spark runs only qsweep's built-in environments, and this "
              + what
              + " uses "
              + env
              + " (an environment of the experiment's own or a P-table file, which executors"
              + " cannot rebuild); run it with --threads");
    }
  }
}
