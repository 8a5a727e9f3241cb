package dev.qsweep.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Sweep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped experiments that search a space load, and their strategies plan over that space. */
final class SpaceSearchTest {
  @Test
  void everyShippedSpaceSearch_plansOverTheSpaceItBuilt() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("experiments"))) {
      files = list.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    int searches = 0;
    for (Path file : files) {
      ExperimentLoader.Loaded loaded = ExperimentLoader.load(file);
      if (!(loaded.experiment() instanceof SpaceSearch)) {
        continue;
      }
      searches++;
      Sweep sweep = loaded.sweep();
      assertTrue(sweep instanceof SearchSpace, file.toString());
      Strategy strategy = SearchExperiment.of(loaded);
      assertFalse(strategy instanceof GridSearch, file.toString());
      assertFalse(strategy.plan().isEmpty(), file.toString());
      Batch first = strategy.next(List.of()).orElseThrow();
      assertEquals(strategy.plan().get(0).configurations(), first.proposals().size());
      // The trials' shared settings come from the space, stated once.
      assertEquals(10, sweep.replicates(), file.toString());
      assertEquals(2018, sweep.seed(), file.toString());
      assertEquals(20, sweep.curveBins(), file.toString());
      assertEquals(List.of("alpha", "gamma", "epsilon"), sweep.sweptAxes(), file.toString());
      assertEquals(3_000, ((SearchSpace) sweep).episodes(), file.toString());
      assertSame(sweep, loaded.sweep());
    }
    assertEquals(3, searches, "TutorialHyperband, TutorialRandom, TutorialGenetic");
  }
}
