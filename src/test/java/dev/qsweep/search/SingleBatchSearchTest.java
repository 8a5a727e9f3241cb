package dev.qsweep.search;

import static dev.qsweep.search.SearchSpaceTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qsweep.experiment.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SingleBatchSearchTest {
  @Test
  void grid_isOneBatchOfEveryConfiguration_inExpansionOrder() {
    Grid grid = SuccessiveHalvingTest.tutorialGrid();
    List<Batch> batches = Searches.run(new GridSearch(grid), Searches::peaked);
    assertEquals(1, batches.size());
    assertEquals(80, batches.get(0).proposals().size());
    for (int i = 0; i < 80; i++) {
      Proposal p = batches.get(0).proposals().get(i);
      assertEquals(grid.configuration(i), p.configuration());
      assertEquals(0, p.startEpisode());
    }
    assertEquals(List.of(new Strategy.Stage("all", 80, 80 * 3_000L)), new GridSearch(grid).plan());
  }

  @Test
  void random_isOneBatchOfTheFirstNDraws() {
    SearchSpace space = SearchSpaceTest.taxi().build();
    List<Batch> batches = Searches.run(new RandomSearch(space, 1_000), Searches::peaked);
    assertEquals(1, batches.size());
    assertEquals(1_000, batches.get(0).proposals().size());
    Proposal last = batches.get(0).proposals().get(999);
    assertEquals("c1000", last.configId());
    assertEquals(
        space.configuration(space.draw("random", 999), "c1000", 999, 300), last.configuration());
    assertEquals("c0001", batches.get(0).proposals().get(0).configId());
  }

  @Test
  void random_noConfiguration_refused() {
    SearchSpace space = SearchSpaceTest.taxi().build();
    assertRefused("random: 0 configurations is not allowed", () -> new RandomSearch(space, 0));
    assertRefused("random: -5 configurations is not allowed", () -> new RandomSearch(space, -5));
  }
}
