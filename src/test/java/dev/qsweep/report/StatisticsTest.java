package dev.qsweep.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class StatisticsTest {
  @Test
  void estimate_matchesTheHandComputation() {
    // {1, 2, 3, 4}: mean 2.5, s = sqrt(5/3) = 1.2909944, t(0.975, 3) = 3.1824463 (tables),
    // half-width = 3.1824463 * 1.2909944 / sqrt(4) = 2.0542603.
    Statistics.Estimate e = Statistics.estimate(new double[] {1, 2, 3, 4});
    assertEquals(4, e.n());
    assertEquals(2.5, e.mean(), 1e-15);
    assertEquals(Math.sqrt(5.0 / 3.0), e.sd(), 1e-15);
    assertEquals(2.5 - 2.0542603, e.ciLow(), 1e-6);
    assertEquals(2.5 + 2.0542603, e.ciHigh(), 1e-6);
  }

  @Test
  void estimate_oneValue_hasNoSpread() {
    Statistics.Estimate e = Statistics.estimate(new double[] {7});
    assertEquals(7, e.mean());
    assertTrue(Double.isNaN(e.sd()) && Double.isNaN(e.ciLow()) && Double.isNaN(e.ciHigh()));
  }

  @Test
  void tQuantiles_areTheTableValues() {
    assertEquals(12.7062047, Statistics.tQuantile975(1), 1e-6);
    assertEquals(2.2621572, Statistics.tQuantile975(9), 1e-6);
    assertEquals(1.9839715, Statistics.tQuantile975(100), 1e-6);
  }

  @Test
  void pairedPValue_matchesTheHandComputation() {
    // Differences {0, 1, 1, 1, 2}: mean 1, s = sqrt(0.5), t = 1 / (sqrt(0.5) / sqrt(5)) = 3.1622777
    // with 4 degrees of freedom: two-sided p = 2 * integral of the t(4) density from t to
    // infinity = 0.0341094 (Simpson's rule, by hand in a separate script).
    double p = Statistics.pairedPValue(new double[] {1, 2, 3, 4, 6}, new double[] {1, 1, 2, 3, 4});
    assertEquals(0.0341094, p, 1e-6);
  }

  @Test
  void pairedPValue_agreesWithCommonsMathsOwnTest() {
    // Commons Math's TTestTest.testPaired (target values from R): p = 0.774544295819 and 0.001208.
    double[] sample1 = {1, 3, 5, 7};
    assertEquals(
        0.774544295819, Statistics.pairedPValue(sample1, new double[] {0, 6, 11, 2}), 1e-10);
    assertEquals(0.001208, Statistics.pairedPValue(sample1, new double[] {5, 7, 8, 10}), 1e-6);
  }

  @Test
  void pairedPValue_identicalPairs_areOne_constantShift_isZero() {
    assertEquals(1.0, Statistics.pairedPValue(new double[] {0.6, 0.6}, new double[] {0.6, 0.6}));
    assertEquals(
        0.0, Statistics.pairedPValue(new double[] {0.7, 0.8}, new double[] {0.6, 0.7}), 1e-12);
    assertTrue(Double.isNaN(Statistics.pairedPValue(new double[] {1}, new double[] {2})));
  }

  @Test
  void holm_adjustsStepDown_andKeepsTheInputOrder() {
    // Sorted: 0.005 x 4 = 0.02; 0.01 x 3 = 0.03; 0.03 x 2 = 0.06; 0.04 x 1 = 0.04 -> 0.06.
    assertArrayEquals(
        new double[] {0.03, 0.06, 0.06, 0.02},
        Statistics.holm(new double[] {0.01, 0.04, 0.03, 0.005}),
        1e-15);
    double[] withNan = Statistics.holm(new double[] {Double.NaN, 0.2, 0.6});
    assertTrue(Double.isNaN(withNan[0]));
    assertArrayEquals(new double[] {0.4, 0.6}, new double[] {withNan[1], withNan[2]}, 1e-15);
    assertEquals(1.0, Statistics.holm(new double[] {0.5, 0.9})[0]);
  }
}
