package dev.qsweep.search;

import static dev.qsweep.search.SearchSpaceTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.Grid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SuccessiveHalvingTest {
  /** TutorialGrid's 80 configurations. */
  static Grid tutorialGrid() {
    return Grid.builder("tutorial-grid")
        .env("Taxi-v3")
        .learner("q-learning")
        .alpha(0.1, 0.3, 0.5, 0.7, 0.9)
        .gamma(0.6, 0.8, 0.9, 0.99)
        .epsilon(0.01, 0.1, 0.2, 0.4)
        .episodes(3_000)
        .replicates(10)
        .seed(2018)
        .build();
  }

  private static SuccessiveHalving tutorial() {
    return new SuccessiveHalving(Candidates.of(tutorialGrid()), 100, 3_000, 3);
  }

  @Test
  void plan_tutorialGrid_fourRungsEachATenthOfTheCost() {
    SuccessiveHalving halving = tutorial();
    assertEquals("s=3: 80 x 111, 26 x 333, 8 x 1000, 2 x 3000", halving.settings().get("rungs"));
    assertEquals(
        List.of(
            new Strategy.Stage("rung 0", 80, 80 * 111L),
            new Strategy.Stage("rung 1", 26, 26 * 222L),
            new Strategy.Stage("rung 2", 8, 8 * 667L),
            new Strategy.Stage("rung 3", 2, 2 * 2000L)),
        halving.plan());
  }

  @Test
  void rungs_promoteTheBestThird_continuingFromTheBudgetReached() {
    List<Batch> batches = Searches.run(tutorial(), Searches::peaked);
    assertEquals(4, batches.size());
    assertEquals(List.of(80, 26, 8, 2), sizes(batches));
    for (int k = 1; k < 4; k++) {
      for (Proposal p : batches.get(k).proposals()) {
        assertEquals(k, p.stage());
        assertEquals(batches.get(k - 1).proposals().get(0).budget(), p.startEpisode());
        assertTrue(Searches.ids(batches.get(k - 1)).contains(p.configId()));
      }
    }
    // The last rung holds alpha 0.5 and gamma 0.9, the objective's peak, once per epsilon.
    for (Proposal p : batches.get(3).proposals()) {
      assertEquals(0.5, p.configuration().alpha().valueAt(0));
      assertEquals(0.9, p.configuration().gamma().valueAt(0));
      assertEquals(3_000, p.budget());
    }
  }

  @Test
  void ties_brokenByLowestId_whateverTheOrderOutcomesCameIn() {
    SuccessiveHalving halving = tutorial();
    Batch first = halving.next(List.of()).orElseThrow();
    List<Outcome> tied = new ArrayList<>();
    for (Proposal p : first.proposals()) {
      tied.add(new Outcome(p.configId(), 0.5, -1));
    }
    Collections.reverse(tied);
    Batch second = halving.next(List.of(tied)).orElseThrow();
    Collections.shuffle(tied, new java.util.Random(7));
    assertEquals(second, halving.next(List.of(tied)).orElseThrow());
    assertEquals("c001", second.proposals().get(0).configId());
    assertEquals("c026", second.proposals().get(25).configId());
  }

  @Test
  void nan_ranksBelowEveryScore() {
    SuccessiveHalving halving =
        new SuccessiveHalving(Candidates.of(tutorialGrid()), 1_000, 3_000, 3);
    List<Outcome> outcomes = new ArrayList<>();
    for (Proposal p : halving.next(List.of()).orElseThrow().proposals()) {
      outcomes.add(new Outcome(p.configId(), p.configId().equals("c080") ? -9 : Double.NaN, 0));
    }
    assertEquals(
        List.of(
            "c001", "c002", "c003", "c004", "c005", "c006", "c007", "c008", "c009", "c010", "c011",
            "c012", "c013", "c014", "c015", "c016", "c017", "c018", "c019", "c020", "c021", "c022",
            "c023", "c024", "c025", "c080"),
        Searches.ids(halving.next(List.of(outcomes)).orElseThrow()));
  }

  @Test
  void done_afterTheLastRung() {
    SuccessiveHalving halving =
        new SuccessiveHalving(Candidates.of(tutorialGrid()), 3_000, 3_000, 2);
    List<Batch> batches = Searches.run(halving, Searches::peaked);
    assertEquals(1, batches.size());
    assertEquals(80, batches.get(0).proposals().size());
  }

  @Test
  void outcomesThatDoNotMatchTheBatch_refused() {
    SuccessiveHalving halving = tutorial();
    List<Outcome> outcomes = new ArrayList<>();
    for (Proposal p : halving.next(List.of()).orElseThrow().proposals()) {
      outcomes.add(new Outcome(p.configId(), 0, 0));
    }
    List<Outcome> missing = outcomes.subList(1, outcomes.size());
    assertRefused("79 outcomes for 80 proposals", () -> halving.next(List.of(missing)));
    List<Outcome> twice = new ArrayList<>(outcomes);
    twice.add(outcomes.get(3));
    assertRefused(
        "c004, which it did not propose or answered twice", () -> halving.next(List.of(twice)));
    List<Outcome> stranger = new ArrayList<>(missing);
    stranger.add(new Outcome("c999", 0, 0));
    assertRefused("c999", () -> halving.next(List.of(stranger)));
  }

  @ParameterizedTest
  @CsvSource({
    "100, 3000, 1, 'halving: eta 1 is not allowed; the reduction factor must be at least 2'",
    "100, 3000, 0, 'halving: eta 0 is not allowed'",
    "100, 3000, -3, 'halving: eta -3 is not allowed'",
    "5000, 3000, 3, 'halving: minimum budget 5000 episodes is above the maximum budget 3000'",
    "3001, 3000, 2, 'halving: minimum budget 3001 episodes is above the maximum budget 3000'",
    "0, 3000, 3, 'halving: minimum budget 0 episodes is not allowed; it must be at least 1'",
    "-1, 3000, 3, 'halving: minimum budget -1 episodes is not allowed'"
  })
  void badSettings_refusedNamingTheValue(int min, int max, int eta, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SuccessiveHalving(Candidates.of(tutorialGrid()), min, max, eta));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void gridSweepingEpisodes_refused() {
    Grid grid =
        Grid.builder("two-lengths")
            .env("Taxi-v3")
            .learner("q-learning")
            .alpha(0.1)
            .gamma(0.9)
            .epsilon(0.1)
            .episodes(10, 20)
            .build();
    assertRefused("grid two-lengths sweeps episodes", () -> Candidates.of(grid));
  }

  private static List<Integer> sizes(List<Batch> batches) {
    List<Integer> sizes = new ArrayList<>();
    for (Batch b : batches) {
      sizes.add(b.proposals().size());
    }
    return sizes;
  }

  @Test
  void emptyHistory_isTheFirstRung_andOptionalEmptyOnlyAtTheEnd() {
    Optional<Batch> first = tutorial().next(List.of());
    assertTrue(first.isPresent());
    assertEquals("rung 0", first.get().label());
  }

  @Test
  void settings_recordTheSpaceOfDrawnCandidates_andNoneForAGridsOwn() {
    SearchSpace space = SearchSpaceTest.taxi().build();
    SuccessiveHalving drawn =
        new SuccessiveHalving(Candidates.of(space, "halving", 27), 100, 2_700, 3);
    assertEquals(space.toString(), drawn.settings().get(SearchSpace.SETTING));
    SuccessiveHalving grid = new SuccessiveHalving(Candidates.of(tutorialGrid()), 100, 3_000, 3);
    assertEquals(null, grid.settings().get(SearchSpace.SETTING));
  }
}
