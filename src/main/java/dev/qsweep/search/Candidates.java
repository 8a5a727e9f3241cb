package dev.qsweep.search;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.experiment.Configuration;
import dev.qsweep.experiment.Grid;
import java.util.Locale;
import java.util.Optional;

/**
 * The configurations a strategy chooses among, by index: a grid's, in expansion order, or draws
 * from a search space. The budget (episodes) is the strategy's to set.
 */
public interface Candidates {
  /** How many there are. */
  int count();

  /** The id of candidate {@code index} (0-based). */
  String id(int index);

  /** Candidate {@code index} (0-based), trained for {@code budget} episodes. */
  Configuration at(int index, int budget);

  /** The search space the candidates are drawn from; empty when they are a grid's. */
  default Optional<SearchSpace> space() {
    return Optional.empty();
  }

  /** A grid's configurations, with their ids ({@code c001}, ...). */
  static Candidates of(Grid grid) {
    checkArgument(
        !grid.sweptAxes().contains("episodes"),
        "grid %s sweeps episodes; a budgeted search sets the episodes itself",
        grid.name());
    return new Candidates() {
      @Override
      public int count() {
        return grid.configurationCount();
      }

      @Override
      public String id(int index) {
        return grid.configuration(index).id();
      }

      @Override
      public Configuration at(int index, int budget) {
        return withEpisodes(grid.configuration(index), budget);
      }
    };
  }

  /**
   * The first {@code count} draws of {@code strategy} from {@code space}, with ids {@code c001},
   * ... (wide enough for {@code count}).
   */
  static Candidates of(SearchSpace space, String strategy, int count) {
    checkArgument(count >= 1, "%s: %s configurations is not allowed; at least 1", strategy, count);
    String format = "c%0" + Math.max(3, Integer.toString(count).length()) + "d";
    return new Candidates() {
      @Override
      public int count() {
        return count;
      }

      @Override
      public String id(int index) {
        checkArgument(index >= 0 && index < count, "candidate %s out of range", index);
        return String.format(Locale.ROOT, format, index + 1);
      }

      @Override
      public Configuration at(int index, int budget) {
        return space.configuration(space.draw(strategy, index), id(index), index, budget);
      }

      @Override
      public Optional<SearchSpace> space() {
        return Optional.of(space);
      }
    };
  }

  /** {@code c} trained for {@code episodes} episodes instead. */
  static Configuration withEpisodes(Configuration c, int episodes) {
    return new Configuration(
        c.id(),
        c.index(),
        c.envId(),
        c.envOptions(),
        c.algorithm(),
        c.alpha(),
        c.gamma(),
        c.epsilon(),
        c.initialQ(),
        episodes);
  }
}
