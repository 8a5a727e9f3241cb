package dev.qsweep.search;

import static dev.qsweep.search.SearchSpaceTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.Configuration;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

final class GeneticSearchTest {
  private static final GeneticSearch.Settings SETTINGS =
      new GeneticSearch.Settings(12, 8, 2, 3, 0.7, 0.2);

  private static GeneticSearch search() {
    return new GeneticSearch(SearchSpaceTest.taxi().build(), SETTINGS);
  }

  @Test
  void generations_eachOneBatch_elitesNotRetrained() {
    List<Batch> batches = Searches.run(search(), Searches::peaked);
    assertEquals(8, batches.size());
    assertEquals(12, batches.get(0).proposals().size());
    for (int g = 1; g < 8; g++) {
      Batch b = batches.get(g);
      assertEquals("generation " + g, b.label());
      assertTrue(b.proposals().size() <= 12 - 2, b.proposals().size() + " new individuals");
      for (Proposal p : b.proposals()) {
        assertTrue(p.configId().startsWith(String.format("g%03d-", g)), p.configId());
        assertEquals(g, p.stage());
      }
    }
  }

  @Test
  void next_trainsEachPointOnce_aCopyOfATrainedIndividualKeepsItsOutcome() {
    // TutorialGenetic's settings: before, 8 of its 25 configuration runs retrained a copy.
    for (GeneticSearch.Settings settings :
        List.of(SETTINGS, new GeneticSearch.Settings(8, 4, 2, 2, 0.5, 0.2))) {
      List<Batch> batches =
          Searches.run(
              new GeneticSearch(SearchSpaceTest.taxi().build(), settings), Searches::peaked);
      Set<String> points = new HashSet<>();
      for (Batch b : batches) {
        for (Proposal p : b.proposals()) {
          Configuration c = p.configuration();
          assertTrue(
              points.add(c.alpha().text() + "/" + c.gamma().text() + "/" + c.epsilon().text()),
              p.configId() + " was trained before");
        }
      }
    }
  }

  @Test
  void generationsWithNothingNew_areBredWithoutABatch() {
    // Without crossover or mutation, every offspring is a copy of a parent already trained.
    List<Batch> batches =
        Searches.run(
            new GeneticSearch(
                SearchSpaceTest.taxi().build(), new GeneticSearch.Settings(6, 5, 1, 2, 0, 0)),
            Searches::peaked);
    assertEquals(1, batches.size());
    assertEquals(6, batches.get(0).proposals().size());
  }

  @Test
  void search_improvesOnGenerationZero() {
    List<Batch> batches = Searches.run(search(), Searches::peaked);
    Outcome best = null;
    List<Outcome> bestByGeneration = new ArrayList<>();
    for (Batch b : batches) {
      for (Proposal p : b.proposals()) {
        Outcome o = Searches.peaked(p.configuration());
        best = best == null || o.compareTo(best) > 0 ? o : best;
      }
      bestByGeneration.add(best);
    }
    assertTrue(bestByGeneration.get(7).primary() > bestByGeneration.get(0).primary());
  }

  @Test
  void sameSeed_sameBatches_atAnyThreadCount_andWhateverTheThreadsRegistryHolds() throws Exception {
    List<Batch> alone = Searches.run(search(), Searches::peaked);
    assertEquals(alone, Searches.run(search(), Searches::peaked));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Batch>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int thread = i;
        runs.add(
            pool.submit(
                () -> {
                  // A thread whose global registry is something else entirely changes nothing.
                  RandomRegistry.random(new java.util.Random(thread));
                  return Searches.run(search(), Searches::peaked);
                }));
      }
      for (Future<List<Batch>> run : runs) {
        assertEquals(alone, run.get());
      }
    } finally {
      pool.shutdown();
      RandomRegistry.reset();
    }
    assertNotEquals(
        alone,
        Searches.run(
            new GeneticSearch(SearchSpaceTest.taxi().seed(7).build(), SETTINGS), Searches::peaked));
  }

  @Test
  void everyGeneMutated_staysInsideTheSpace() {
    // Point refuses a unit coordinate outside [0, 1): Jenetics' Gaussian mutation must clamp.
    List<Batch> batches =
        Searches.run(
            new GeneticSearch(
                SearchSpaceTest.taxi().build(), new GeneticSearch.Settings(10, 12, 1, 2, 1, 1)),
            Searches::peaked);
    assertEquals(12, batches.size());
  }

  @Test
  void generationZero_isTheFirstDrawsOfTheSpace() {
    SearchSpace space = SearchSpaceTest.taxi().build();
    Batch first = new GeneticSearch(space, SETTINGS).next(List.of()).orElseThrow();
    for (int i = 0; i < 12; i++) {
      assertEquals(
          space.configuration(space.draw("genetic", i), "x", 0, 300).alpha(),
          first.proposals().get(i).configuration().alpha());
    }
  }

  @Test
  void badSettings_refusedNamingTheValue() {
    assertRefused("genetic: population 0 is not allowed; at least 2", () -> settings(0, 5, 0, 2));
    assertRefused("genetic: population 1 is not allowed", () -> settings(1, 5, 0, 2));
    assertRefused("genetic: population -4 is not allowed", () -> settings(-4, 5, 0, 2));
    assertRefused("genetic: generations 0 is not allowed", () -> settings(10, 0, 0, 2));
    assertRefused("genetic: elites 10 is not allowed", () -> settings(10, 5, 10, 2));
    assertRefused("genetic: elites -1 is not allowed", () -> settings(10, 5, -1, 2));
    assertRefused("genetic: tournament 1 is not allowed", () -> settings(10, 5, 1, 1));
    assertRefused("genetic: tournament 11 is not allowed", () -> settings(10, 5, 1, 11));
    assertRefused(
        "genetic: crossover probability 1.5 is not allowed",
        () -> new GeneticSearch.Settings(10, 5, 1, 2, 1.5, 0.1));
    assertRefused(
        "genetic: mutation probability -0.1 is not allowed",
        () -> new GeneticSearch.Settings(10, 5, 1, 2, 0.5, -0.1));
  }

  private static GeneticSearch.Settings settings(
      int population, int generations, int elites, int tournament) {
    return new GeneticSearch.Settings(population, generations, elites, tournament, 0.5, 0.1);
  }
}
