package dev.qsweep.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MarginalTest {
  private static CurveData.Series marginal(CurveData.Series... members) {
    Marginal m = new Marginal();
    for (CurveData.Series member : members) {
      m.add(member);
    }
    return m.result();
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
    CurveData.Series m = marginal(curve(bins(100, 10), x -> 1), curve(bins(200, 10), x -> x));
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
    CurveData.Series m = marginal(curve(bins(100, 10), x -> x), curve(bins(100, 5), x -> x));
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
    CurveData.Series m = marginal(curve(bins(100, 4), x -> 2), curve(bins(100, 4), x -> 4));
    assertArrayEquals(bins(100, 4), m.x());
    for (double[] v : m.valuesAtX()) {
      assertArrayEquals(new double[] {3, 4}, v, 0);
    }
  }

  @Test
  void of_sameLayoutInThreeGroups_averagesEveryMemberNotEveryGroup() {
    // Two members on 4 bins, one on 2: at the shared x's all three count once each.
    CurveData.Series m =
        marginal(
            curve(bins(100, 4), x -> 2),
            curve(new double[] {12.5, 87.5}, x -> 8),
            curve(bins(100, 4), x -> 5));
    assertArrayEquals(bins(100, 4), m.x());
    assertArrayEquals(new double[] {5, 6}, m.valuesAtX().get(0), 1e-12);
    assertArrayEquals(new double[] {5, 6}, m.valuesAtX().get(3), 1e-12);
  }

  @Test
  void of_membersWithFewerReplicates_limitTheBandToTheReplicatesAllHave() {
    CurveData.Series three =
        new CurveData.Series(
            new double[] {1, 2}, List.of(new double[] {1, 2, 3}, new double[] {1, 2, 3}));
    CurveData.Series m = marginal(three, curve(new double[] {1, 2}, x -> 7));
    assertArrayEquals(new double[] {4, 5}, m.valuesAtX().get(0), 1e-12);
  }

  @Test
  void of_noMember_isNull() {
    assertNull(new Marginal().result());
  }
}
