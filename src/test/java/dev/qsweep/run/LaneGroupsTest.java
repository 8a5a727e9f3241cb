package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.experiment.Grid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LaneGroupsTest {
  @TempDir Path dir;

  @AfterEach
  void clearProperty() {
    System.clearProperty(LaneGroups.PROPERTY);
  }

  private ExperimentLoader.Loaded small() throws IOException {
    return Sweeps.load(Sweeps.experiment(dir, "Small", Sweeps.smallGrid("small")));
  }

  @Test
  void groups_holdOneEnvironmentAndLearner_inTrialOrder_atMostTheLaneCount() throws IOException {
    Grid grid = small().grid();
    List<Grid.Trial> trials = new ArrayList<>();
    for (int i = 0; i < grid.trialCount(); i++) {
      trials.add(grid.trial(i));
    }
    List<List<Grid.Trial>> groups = LaneGroups.of(trials, 2, 4);
    int seen = 0;
    int previousFirst = -1;
    for (List<Grid.Trial> group : groups) {
      assertEquals(true, group.size() >= 1 && group.size() <= 4, group.toString());
      Grid.Trial first = group.get(0);
      assertEquals(true, first.index() > previousFirst, "groups in order of their first trial");
      previousFirst = first.index();
      for (int g = 0; g < group.size(); g++) {
        Grid.Trial t = group.get(g);
        assertEquals(first.spec().envId(), t.spec().envId());
        assertEquals(first.spec().envOptions(), t.spec().envOptions());
        assertEquals(first.spec().algorithm(), t.spec().algorithm());
        if (g > 0) {
          assertEquals(true, t.index() > group.get(g - 1).index(), "trial order in a group");
        }
      }
      seen += group.size();
    }
    assertEquals(grid.trialCount(), seen);
    // 48 trials of 4 kinds (2 environments x 2 learners), 12 each: groups of 4.
    assertEquals(12, groups.size());
    // Too few trials to fill every thread with full groups: smaller groups.
    assertEquals(List.of(1, 1), sizes(LaneGroups.of(trials.subList(0, 2), 2, 4)));
    assertEquals(List.of(2, 1), sizes(LaneGroups.of(trials.subList(0, 3), 2, 4)));
    assertEquals(48, LaneGroups.of(trials, 2, 1).size());
  }

  private static List<Integer> sizes(List<List<Grid.Trial>> groups) {
    List<Integer> sizes = new ArrayList<>();
    for (List<Grid.Trial> g : groups) {
      sizes.add(g.size());
    }
    return sizes;
  }

  @Test
  void sweepResults_areByteIdentical_atAnyLaneCountAndThreadCount() throws IOException {
    ExperimentLoader.Loaded e = small();
    System.setProperty(LaneGroups.PROPERTY, "1");
    Sweeps.run(e, dir.resolve("l1"), 1);
    System.setProperty(LaneGroups.PROPERTY, "8");
    Sweeps.run(e, dir.resolve("l8t2"), 2);
    System.clearProperty(LaneGroups.PROPERTY);
    Sweeps.run(e, dir.resolve("default"), 2);
    for (String other : List.of("l8t2", "default")) {
      List<String> names = Sweeps.deterministicFiles(dir.resolve("l1"));
      assertEquals(names, Sweeps.deterministicFiles(dir.resolve(other)));
      for (String name : names) {
        assertArrayEquals(
            Files.readAllBytes(dir.resolve("l1").resolve(name)),
            Files.readAllBytes(dir.resolve(other).resolve(name)),
            other + " " + name);
      }
    }
  }

  @Test
  void configured_rejectsLaneCountsOutOfRange() {
    for (String bad : new String[] {"0", "17", "-3", "four", "2.5", ""}) {
      System.setProperty(LaneGroups.PROPERTY, bad);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, LaneGroups::configured, bad);
      assertEquals(
          "-Dqsweep.lanes=" + bad + " is out of range; lanes must be a whole number in 1..16",
          e.getMessage());
    }
    System.setProperty(LaneGroups.PROPERTY, " 8 ");
    assertEquals(8, LaneGroups.configured());
    System.clearProperty(LaneGroups.PROPERTY);
    assertEquals(LaneGroups.DEFAULT_LANES, LaneGroups.configured());
  }
}
