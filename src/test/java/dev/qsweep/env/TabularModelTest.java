package dev.qsweep.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class TabularModelTest {
  /** Two states, two actions: action 1 in state 0 is a coin flip. */
  private static TabularModel coin() {
    return TabularModel.builder(2, 2)
        .outcome(0, 0, 1.0, 0, -1, false, false, false)
        .outcome(0, 1, 0.25, 1, 10, true, false, true)
        .outcome(0, 1, 0.75, 0, -10, false, true, false)
        .outcome(1, 0, 1.0, 1, 0, true, false, false)
        .outcome(1, 1, 1.0, 1, 0, true, false, false)
        .initial(0, 1.0)
        .maxEpisodeSteps(7)
        .build();
  }

  @Test
  void build_rowsAddedOutOfOrder_keepEachRowsOrder() {
    TabularModel m =
        TabularModel.builder(1, 2)
            .outcome(0, 1, 0.5, 0, 1, false, false, false)
            .outcome(0, 0, 1.0, 0, 2, false, false, false)
            .outcome(0, 1, 0.5, 0, 3, false, false, false)
            .initial(0, 1)
            .build();
    assertEquals(0, m.firstOutcome(0));
    assertEquals(1, m.firstOutcome(1));
    assertEquals(2.0, m.reward(0));
    assertEquals(1.0, m.reward(1));
    assertEquals(3.0, m.reward(2));
  }

  @Test
  void build_probabilitiesNotSummingToOne_rejected() {
    TabularModel.Builder b =
        TabularModel.builder(1, 1).outcome(0, 0, 0.5, 0, 0, true, false, false).initial(0, 1);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertTrue(e.getMessage().contains("sum to 0.5"), e.getMessage());
  }

  @Test
  void build_rowWithoutOutcome_rejected() {
    TabularModel.Builder b =
        TabularModel.builder(1, 2).outcome(0, 0, 1, 0, 0, true, false, false).initial(0, 1);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertTrue(e.getMessage().contains("action 1 has no outcome"), e.getMessage());
  }

  @Test
  void outcome_successThatDoesNotTerminate_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TabularModel.builder(1, 1).outcome(0, 0, 1, 0, 0, false, false, true));
  }

  @Test
  void flags_readBackPerOutcome() {
    TabularModel m = coin();
    assertFalse(m.isDeterministic());
    assertTrue(m.isTerminal(1) && m.isSuccess(1) && !m.isPenalty(1));
    assertTrue(m.isPenalty(2) && !m.isTerminal(2) && !m.isSuccess(2));
    assertEquals(7, m.maxEpisodeSteps());
    assertFalse(m.hasHiddenState());
  }

  @Test
  void sampleOutcome_followsCumulativeProbabilitiesLikeCategoricalSample() {
    TabularModel m = coin();
    int row = 1;
    assertEquals(1, m.sampleOutcome(row, 0.0));
    assertEquals(1, m.sampleOutcome(row, 0.2499999));
    // cumsum > u: at u == 0.25 the first outcome's cumulative 0.25 is not > u.
    assertEquals(2, m.sampleOutcome(row, 0.25));
    assertEquals(2, m.sampleOutcome(row, 0.9999999));
    assertEquals(0, m.sampleOutcome(0, 0.5));
  }

  @Test
  void observations_mapHiddenStates() {
    TabularModel m =
        TabularModel.builder(2, 1)
            .outcome(0, 0, 1, 1, 0, false, false, false)
            .outcome(1, 0, 1, 1, 0, true, false, false)
            .initial(0, 1)
            .observations(1, new int[] {0, 0})
            .build();
    assertTrue(m.hasHiddenState());
    assertEquals(1, m.observationCount());
    assertEquals(0, m.observationOf(1));
  }

  @Test
  void sampleInitialState_coversTheDistribution() {
    TabularModel m =
        TabularModel.builder(3, 1)
            .outcome(0, 0, 1, 0, 0, true, false, false)
            .outcome(1, 0, 1, 1, 0, true, false, false)
            .outcome(2, 0, 1, 2, 0, true, false, false)
            .initial(0, 0.5)
            .initial(2, 0.5)
            .build();
    assertEquals(0, m.sampleInitialState(0.49));
    assertEquals(2, m.sampleInitialState(0.5));
  }
}
