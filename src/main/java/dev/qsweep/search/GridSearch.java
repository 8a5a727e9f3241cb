package dev.qsweep.search;

import dev.qsweep.experiment.Grid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every configuration of a grid, each at its own episodes, in one batch: today's sweep. */
public final class GridSearch implements Strategy {
  private final Grid grid;

  /** The full grid. */
  public GridSearch(Grid grid) {
    this.grid = grid;
  }

  @Override
  public String name() {
    return "grid";
  }

  @Override
  public Map<String, String> settings() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("configurations", Integer.toString(grid.configurationCount()));
    return s;
  }

  @Override
  public boolean splitsIntoShards() {
    return true;
  }

  @Override
  public Optional<Batch> next(List<List<Outcome>> done) {
    return Batch.once(done, grid.configurationCount(), grid::configuration);
  }

  @Override
  public List<Stage> plan() {
    long episodes = 0;
    for (int i = 0; i < grid.configurationCount(); i++) {
      episodes += grid.configuration(i).episodes();
    }
    return List.of(new Stage("all", grid.configurationCount(), episodes));
  }
}
