package dev.qsweep.experiment;

import dev.qsweep.env.TabularEnvironment;
import java.util.List;

/**
 * What {@code qsweep sweep} runs: the public class of an experiment file. Implement {@link
 * Experiment} to sweep a grid, or {@code dev.qsweep.search.SpaceSearch} to search a space of
 * ranges; the loader asks either for its {@link Sweep} once, under the time limit on user code.
 */
public interface Sweepable {
  /**
   * What the sweep's trials share: the grid, or the search space. Called once by the loader, after
   * {@link #environments()} are registered; it must not depend on anything but the code itself.
   */
  Sweep sweep();

  /**
   * Environments this experiment defines in Java, registered by their ids before {@link #sweep()}
   * is called (default: none). See {@code experiments/WindyGridworld.java}.
   */
  default List<TabularEnvironment> environments() {
    return List.of();
  }
}
