package dev.qsweep.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.qsweep.report.ConfigSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MarginalTest {
  private static ConfigSummary config(String id, String alpha) {
    return new ConfigSummary(
        id,
        Map.of("alpha", alpha),
        List.of(0, 1),
        Map.of(),
        Map.of(),
        1,
        Double.NaN,
        Double.NaN,
        true);
  }

  /** A two-replicate curve at {@code x}; replicate r's value at x is {@code f(x) + r}. */
  private static CurveData.Series curve(double[] x, java.util.function.DoubleUnaryOperator f) {
    List<double[]> values = new ArrayList<>();
    for (double at : x) {
      values.add(new double[] {f.applyAsDouble(at), f.applyAsDouble(at) + 1});
    }
    return new CurveData.Series(x, values);
  }

  private static double[] bins(int episodes, int count) {
    double[] x = new double[count];
    for (int i = 0; i < count; i++) {
      x[i] = (i + 0.5) * episodes / count;
    }
    return x;
  }

  @Test
  void of_membersWithOtherEpisodes_areReadAtTheirOwnEpisodes() {
    // c001: 100 episodes in 10 bins, flat at 1; c002: 200 episodes in 10 bins, equal to the
    // episode.
    Map<String, CurveData.Series> curves =
        Map.of(
            "c001", curve(bins(100, 10), x -> 1),
            "c002", curve(bins(200, 10), x -> x));
    CurveData.Series m =
        Marginal.of(
            List.of(config("c001", "exp(0.5,0.99,0.1)"), config("c002", "exp(0.5,0.99,0.1)")),
            curves,
            "alpha",
            "exp(0.5,0.99,0.1)");
    // Episode 15 is c001's second bin; c002 is 15 there (between its bins at 10 and 30).
    int at15 = java.util.Arrays.binarySearch(m.x(), 15.0);
    assertArrayEquals(
        new double[] {(1 + 15) / 2.0, (2 + 16) / 2.0}, m.valuesAtX().get(at15), 1e-12);
    // Past c001's last bin only c002 speaks, up to its own last bin.
    assertEquals(190, m.x()[m.x().length - 1]);
    assertArrayEquals(new double[] {190, 191}, m.valuesAtX().get(m.x().length - 1), 1e-12);
  }

  @Test
  void of_membersWithOtherBinCounts_areAveragedAtTheSameEpisodes() {
    // Same 100 episodes, 10 bins against 5: both equal to the episode, so the mean is too.
    Map<String, CurveData.Series> curves =
        Map.of("c001", curve(bins(100, 10), x -> x), "c002", curve(bins(100, 5), x -> x));
    CurveData.Series m =
        Marginal.of(List.of(config("c001", "0.1"), config("c002", "0.1")), curves, "alpha", "0.1");
    for (int i = 0; i < m.x().length; i++) {
      double x = m.x()[i];
      // Every member that covers x says x there.
      assertEquals(x, m.valuesAtX().get(i)[0], 1e-9, "at episode " + x);
    }
    assertEquals(5, m.x()[0]);
    assertEquals(95, m.x()[m.x().length - 1]);
  }

  @Test
  void of_sameLayout_isThePlainMeanPerReplicate() {
    Map<String, CurveData.Series> curves =
        Map.of("c001", curve(bins(100, 4), x -> 2), "c002", curve(bins(100, 4), x -> 4));
    CurveData.Series m =
        Marginal.of(List.of(config("c001", "0.1"), config("c002", "0.1")), curves, "alpha", "0.1");
    assertArrayEquals(bins(100, 4), m.x());
    for (double[] v : m.valuesAtX()) {
      assertArrayEquals(new double[] {3, 4}, v, 0);
    }
  }

  @Test
  void of_noMemberWithACurve_isNull() {
    assertNull(Marginal.of(List.of(config("c001", "0.1")), Map.of(), "alpha", "0.1"));
  }
}
