package dev.qsweep.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A grid's size is counted, in long, before it is expanded; past the limit it is refused. */
final class GridBoundsTest {
  private static GridBuilder base() {
    return Grid.builder("big").env("FrozenLake-v1").learner("q-learning").epsilon(0.1).episodes(1);
  }

  private static double[] values(int count) {
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = (i + 1.0) / (count + 1.0);
    }
    return v;
  }

  @Test
  void gridOf2To31Trials_isRefused_namingSizeAndLimit_withoutExpandingIt() {
    IllegalArgumentException byReplicates =
        assertThrows(
            IllegalArgumentException.class,
            () -> base().alpha(0.1, 0.2).gamma(0.9).replicates(1 << 30).build());
    assertEquals(
        "the grid has 2,147,483,648 trials (2 configurations x 1,073,741,824 replicates, before"
            + " any filter); the limit is 10,000,000",
        byReplicates.getMessage());
    // 2^16 x 2^15 configurations: counted from the axes, the product never walked.
    AtomicLong filtered = new AtomicLong();
    IllegalArgumentException byAxes =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                base()
                    .alpha(values(1 << 16))
                    .gamma(values(1 << 15))
                    .filter(c -> filtered.incrementAndGet() > 0)
                    .build());
    assertEquals(
        "the grid has 2,147,483,648 trials (2,147,483,648 configurations x 1 replicates, before"
            + " any filter); the limit is 10,000,000",
        byAxes.getMessage());
    assertEquals(0, filtered.get(), "the filter is not asked about a refused grid");
  }

  @Test
  void sizesPastLong_saturate_insteadOfOverflowing() {
    IllegalArgumentException huge =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                base()
                    .alpha(values(50_000))
                    .gamma(values(50_000))
                    .initialQ(values(50_000))
                    .replicates(Integer.MAX_VALUE)
                    .build());
    assertEquals(
        "the grid has more than 9,223,372,036,854,775,807 trials (125,000,000,000,000"
            + " configurations x 2,147,483,647 replicates, before any filter); the limit is"
            + " 10,000,000",
        huge.getMessage());
  }

  @Test
  void gridAtTheLimit_isBuilt_andLooksUpAnyConfigurationWithoutHoldingThem() {
    Grid g = base().alpha(values(10_000)).gamma(values(100)).replicates(10).build();
    assertEquals(10_000_000, g.trialCount());
    assertEquals("c1000000", g.configuration(999_999).id());
    assertEquals("c0500001-r09", g.trial(5_000_009).id());
    assertEquals(5_000_009, g.indexOf("c0500001-r09"));
    assertEquals(-1, g.indexOf("c500001-r09"), "ids keep their width");
    assertThrows(
        IllegalArgumentException.class,
        () -> base().alpha(values(10_000)).gamma(values(100)).replicates(11).build());
  }

  @Test
  void filteredGrid_numbersTheKeptConfigurations_inExpansionOrder() {
    Grid g =
        base().alpha(values(1000)).gamma(values(3)).filter(c -> c.alpha().valueAt(0) > 0.5).build();
    assertEquals(1500, g.configurationCount());
    for (int i = 0; i < g.configurationCount(); i++) {
      Configuration c = g.configuration(i);
      assertEquals(values(1000)[500 + i / 3], c.alpha().valueAt(0));
      assertEquals(values(3)[i % 3], c.gamma().valueAt(0));
    }
  }
}
