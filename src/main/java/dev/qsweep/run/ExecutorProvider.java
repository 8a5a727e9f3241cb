package dev.qsweep.run;

import dev.qsweep.experiment.Sweep;
import java.util.ServiceLoader;

/**
 * An executor that lives outside the core, found on the class path by {@link ServiceLoader}: the
 * core never links against it, so its dependencies (Spark's, for {@code --spark}) stay out of
 * {@code qsweep.jar}.
 */
public interface ExecutorProvider {
  /** What it is called on the command line: {@code spark} for {@code --spark MASTER}. */
  String name();

  /**
   * Connects to {@code target} (a Spark master URL, for example) to run trials of {@code sweep} (a
   * grid, or a search space whose trials are checked as its batches come), grouping up to {@code
   * lanes} compatible trials per task.
   *
   * @throws IllegalArgumentException for a target that is malformed or cannot be reached, or a grid
   *     this executor cannot run; one line naming it
   */
  TrialExecutor open(String target, Sweep sweep, int lanes);

  /**
   * The provider called {@code name}.
   *
   * @throws IllegalArgumentException when none is on the class path, saying which module to add
   */
  static ExecutorProvider named(String name) {
    for (ExecutorProvider p : ServiceLoader.load(ExecutorProvider.class)) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "--"
            + name
            + " needs the qsweep-"
            + name
            + " module, which is not on the class path; run qsweep through scripts/qsweep (it"
            + " adds it for --"
            + name
            + ") or qsweep-"
            + name
            + "/target/qsweep-"
            + name
            + ".jar");
  }
}
