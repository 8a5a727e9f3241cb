package dev.qsweep.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environments;
import dev.qsweep.env.Fixtures;
import dev.qsweep.env.TabularModel;
import org.junit.jupiter.api.Test;

final class ValueIterationTest {
  /** The hand-solved chain of {@link Fixtures#chain}, with a 10-step limit. */
  static TabularModel chain() {
    return Fixtures.chain(10);
  }

  @Test
  void solve_threeStateChain_matchesTheHandSolution() {
    ValueIteration.Solution s = ValueIteration.solve(chain(), 0.9);
    assertTrue(s.converged());
    assertArrayEquals(new double[] {0.9, 0.81, 1.0, 0.9, 0.0, 0.0}, s.q(), 1e-12);
    assertEquals(0.9, s.value(0, 2), 1e-12);
  }

  @Test
  void solve_stochasticChain_matchesTheBellmanFixedPoint() {
    // One state; "try" succeeds (terminal, +1) with 0.5, else stays with 0; "quit" ends with 0.2.
    // Q(try) = 0.5 + 0.5 g V, Q(quit) = 0.2, V = max. At g = 0.8: V = 0.5 / (1 - 0.4) = 5/6.
    TabularModel m =
        TabularModel.builder(1, 2)
            .outcome(0, 0, 0.5, 0, 1, true, false, true)
            .outcome(0, 0, 0.5, 0, 0, false, false, false)
            .outcome(0, 1, 1, 0, 0.2, true, false, false)
            .initial(0, 1)
            .build();
    ValueIteration.Solution s = ValueIteration.solve(m, 0.8);
    assertEquals(5.0 / 6.0, s.q()[0], 1e-11);
    assertEquals(0.2, s.q()[1], 0);
  }

  @Test
  void solve_gammaZero_isTheImmediateReward() {
    ValueIteration.Solution s = ValueIteration.solve(chain(), 0);
    assertArrayEquals(new double[] {0, 0, 1, 0, 0, 0}, s.q(), 0);
  }

  @Test
  void solve_gammaOutsideUnitInterval_rejectedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ValueIteration.solve(chain(), 1.5));
    assertEquals("gamma must be in [0, 1], got 1.5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ValueIteration.solve(chain(), -0.1));
  }

  @Test
  void solve_sweepLimit_reportsNotConverged() {
    ValueIteration.Solution s =
        ValueIteration.solve(Environments.make("FrozenLake-v1").dynamics(), 0.99, 1e-12, 3);
    assertFalse(s.converged());
    assertEquals(3, s.sweeps());
  }

  @Test
  void solve_taxiUndiscounted_valuesAreWholeRoutes_andTheGreedyPolicyIsOptimal() {
    TabularModel m = Environments.make("Taxi-v3").dynamics();
    ValueIteration.Solution s = ValueIteration.solve(m, 1.0);
    assertTrue(s.converged());
    double v = s.value(328, 6);
    // Undiscounted: V = 20 - (n - 1) for a route of n steps ending in the drop-off.
    double steps = 21 - v;
    assertEquals(Math.rint(steps), steps, 1e-9);
    PolicyScore score = new PolicyEvaluator(m).score(Greedy.policy(s.q(), 500, 6));
    assertEquals(13.07, score.expectedSteps(), 1e-12);
  }
}
