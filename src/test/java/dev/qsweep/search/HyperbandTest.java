package dev.qsweep.search;

import static dev.qsweep.search.SearchSpaceTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

final class HyperbandTest {
  @Test
  void bracketTable_isLiEtAlsTable1() {
    // Li et al. (JMLR 2018), Table 1: R = 81, eta = 3.
    Hyperband hyperband = new Hyperband(SearchSpaceTest.taxi().episodes(81).build(), 1, 3);
    assertEquals(
        "s=4: 81 x 1, 27 x 3, 9 x 9, 3 x 27, 1 x 81; s=3: 34 x 3, 11 x 9, 3 x 27, 1 x 81;"
            + " s=2: 15 x 9, 5 x 27, 1 x 81; s=1: 8 x 27, 2 x 81; s=0: 5 x 81",
        hyperband.settings().get("brackets"));
  }

  @Test
  void batchK_isRungKOfEveryBracket_withDistinctConfigurations() {
    Hyperband hyperband = new Hyperband(SearchSpaceTest.taxi().episodes(81).build(), 1, 3);
    List<Batch> batches = Searches.run(hyperband, Searches::peaked);
    assertEquals(5, batches.size());
    // rung 0: 81 + 34 + 15 + 8 + 5 fresh configurations, c001..c143
    assertEquals(143, batches.get(0).proposals().size());
    assertEquals("c143", batches.get(0).proposals().get(142).configId());
    assertEquals(27 + 11 + 5 + 2, batches.get(1).proposals().size());
    assertEquals(9 + 3 + 1, batches.get(2).proposals().size());
    assertEquals(3 + 1, batches.get(3).proposals().size());
    assertEquals(1, batches.get(4).proposals().size());
    assertEquals(81, batches.get(4).proposals().get(0).budget());
    assertEquals(27, batches.get(4).proposals().get(0).startEpisode());
    long planned = 0;
    for (Strategy.Stage s : hyperband.plan()) {
      planned += s.episodes();
    }
    long ran = 0;
    for (Batch b : batches) {
      for (Proposal p : b.proposals()) {
        ran += p.budget() - p.startEpisode();
      }
    }
    assertEquals(planned, ran);
  }

  @Test
  void sameSeed_sameSearch() {
    List<Batch> a =
        Searches.run(new Hyperband(SearchSpaceTest.taxi().build(), 10, 3), Searches::peaked);
    List<Batch> b =
        Searches.run(new Hyperband(SearchSpaceTest.taxi().build(), 10, 3), Searches::peaked);
    assertEquals(a, b);
    List<Batch> c =
        Searches.run(
            new Hyperband(SearchSpaceTest.taxi().seed(1).build(), 10, 3), Searches::peaked);
    assertTrue(!a.equals(c));
  }

  @Test
  void badSettings_refusedNamingTheValue() {
    assertRefused(
        "hyperband: eta 1 is not allowed",
        () -> new Hyperband(SearchSpaceTest.taxi().build(), 10, 1));
    assertRefused(
        "hyperband: minimum budget 301 episodes is above the maximum budget 300",
        () -> new Hyperband(SearchSpaceTest.taxi().build(), 301, 3));
    assertRefused(
        "hyperband: minimum budget 0 episodes is not allowed",
        () -> new Hyperband(SearchSpaceTest.taxi().build(), 0, 3));
    assertRefused(
        "need more than 1000000 configurations",
        () -> new Hyperband(SearchSpaceTest.taxi().episodes(1 << 30).build(), 1, 2));
  }
}
