package dev.qsweep.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.ValueIteration;
import org.junit.jupiter.api.Test;

final class PolicyViewTest {
  private static final TabularModel CLIFF = Environments.make("CliffWalking-v1").dynamics();

  @Test
  void of_theOptimalQ_walksTheEdge_andNoActionIsMarked() {
    double[] star = ValueIteration.solve(CLIFF, 1.0).q();
    PolicyView view = PolicyView.of(CLIFF, star, 1.0);
    int reachable = 0;
    for (int o = 0; o < CLIFF.observationCount(); o++) {
      reachable += view.reachable()[o] ? 1 : 0;
      assertFalse(view.nonOptimal()[o], "state " + o);
    }
    // The start, then the twelve cells of the row above the cliff: the edge path of 13 steps.
    assertEquals(13, reachable);
    for (int s = 24; s <= 35; s++) {
      assertTrue(view.reachable()[s], "edge cell " + s);
    }
    assertEquals(-13, view.values()[36], 1e-9);
  }

  @Test
  void of_aQTableOfZeros_goesUpEverywhere_andIsMarkedWhereUpIsNotOptimal() {
    PolicyView view = PolicyView.of(CLIFF, new double[CLIFF.observationCount() * 4], 1.0);
    assertEquals(0, view.policy()[24]);
    assertFalse(view.nonOptimal()[36], "from the start, up is the only way");
    assertTrue(view.nonOptimal()[24], "above the start, right along the edge is optimal");
    // Up from the start, then up against the top border forever: three cells.
    assertTrue(view.reachable()[36] && view.reachable()[24] && view.reachable()[0]);
    assertFalse(view.reachable()[25]);
  }

  @Test
  void of_tiesInQStar_areAllOptimal() {
    // From state 0 of the cliff, right and down are equally short (13 + 2 moves either way round).
    double[] star = ValueIteration.solve(CLIFF, 1.0).q();
    assertEquals(star[0 * 4 + 1], star[0 * 4 + 2], 1e-9);
    double[] preferDown = star.clone();
    preferDown[0 * 4 + 2] += 1e-13; // the greedy action becomes down, still optimal
    PolicyView view = PolicyView.of(CLIFF, preferDown, 1.0);
    assertEquals(2, view.policy()[0]);
    assertFalse(view.nonOptimal()[0]);
  }
}
