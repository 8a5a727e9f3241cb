package dev.qsweep.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class StandingTest {
  @Test
  void halving_promotedSupersedeTheirRung_othersStoppedWhereTheyLost() {
    List<Batch> batches =
        Searches.run(
            new SuccessiveHalving(
                Candidates.of(SuccessiveHalvingTest.tutorialGrid()), 100, 3_000, 3),
            Searches::peaked);
    Map<String, Standing> standings = Standing.of(batches, 3_000);
    assertEquals(80, standings.size());
    int[] stoppedAt = new int[4];
    int complete = 0;
    for (Standing s : standings.values()) {
      if (s.status() == Standing.Status.COMPLETE) {
        complete++;
        assertEquals(3, s.stage());
        assertEquals(3_000, s.budget());
      } else {
        stoppedAt[s.stage()]++;
        assertEquals(List.of(111, 333, 1_000).get(s.stage()), s.budget());
      }
    }
    assertEquals(2, complete);
    assertEquals(
        List.of(54, 18, 6, 0), List.of(stoppedAt[0], stoppedAt[1], stoppedAt[2], stoppedAt[3]));
    assertEquals("c001", standings.keySet().iterator().next());
  }

  @Test
  void random_everyConfigurationComplete() {
    List<Batch> batches =
        Searches.run(new RandomSearch(SearchSpaceTest.taxi().build(), 7), Searches::peaked);
    Map<String, Standing> standings = Standing.of(batches, 300);
    assertEquals(7, standings.size());
    for (Standing s : standings.values()) {
      assertEquals(new Standing(s.configId(), 0, 300, Standing.Status.COMPLETE), s);
    }
    assertEquals("complete", Standing.Status.COMPLETE.text());
  }
}
