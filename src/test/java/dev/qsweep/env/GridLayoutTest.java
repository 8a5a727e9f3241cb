package dev.qsweep.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class GridLayoutTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Taxi-v4",
        "Taxi-v3",
        "Taxi-v2",
        "FrozenLake-v1",
        "FrozenLake8x8-v1",
        "CliffWalking-v1"
      })
  void everyMoveOfTheModel_goesWhereTheLayoutSaysTheActionPoints(String id) {
    Environment env =
        Environments.make(id, id.startsWith("Frozen") ? Map.of("is_slippery", "false") : Map.of());
    GridLayout layout = env.layout().orElseThrow();
    TabularModel model = env.table();
    int actions = model.actionCount();
    for (int s = 0; s < model.stateCount(); s++) {
      for (int a = 0; a < actions; a++) {
        GridLayout.Move move = layout.moves().get(a);
        int k = model.firstOutcome(s * actions + a);
        int from = layout.cellOf().applyAsInt(s);
        int to = layout.cellOf().applyAsInt(model.nextState(k));
        if (!move.moves() || to == from || model.isPenalty(k)) {
          continue; // stays put (border, wall, pickup) or is sent back by the cliff
        }
        assertEquals(layout.rowOf(from) + move.dRow(), layout.rowOf(to), id + " " + s + "," + a);
        assertEquals(
            layout.columnOf(from) + move.dColumn(), layout.columnOf(to), id + " " + s + "," + a);
      }
    }
  }

  @Test
  void frozenLake_cellsAreTheMapsLetters() {
    GridLayout layout = Environments.make("FrozenLake-v1").layout().orElseThrow();
    assertEquals(4, layout.rows());
    assertEquals(GridLayout.Kind.START, layout.cells().get(0).kind());
    assertEquals(GridLayout.Kind.HOLE, layout.cells().get(5).kind());
    assertEquals(GridLayout.Kind.GOAL, layout.cells().get(15).kind());
    assertEquals(GridLayout.Kind.FLOOR, layout.cells().get(1).kind());
  }

  @Test
  void cliffWalking_hasTheCliffBetweenStartAndGoal() {
    GridLayout layout = Environments.make("CliffWalking-v1").layout().orElseThrow();
    assertEquals(12, layout.columns());
    assertEquals(GridLayout.Kind.START, layout.cells().get(36).kind());
    assertEquals(GridLayout.Kind.GOAL, layout.cells().get(47).kind());
    for (int c = 37; c <= 46; c++) {
      assertEquals(GridLayout.Kind.CLIFF, layout.cells().get(c).kind());
    }
    assertEquals(GridLayout.Kind.FLOOR, layout.cells().get(35).kind());
  }

  @Test
  void taxi_panelsAreTheReachablePassengerAndDestinationPairs() {
    GridLayout layout = Environments.make("Taxi-v3").layout().orElseThrow();
    assertEquals(16, layout.panels().size());
    Set<Integer> seen = new HashSet<>();
    for (int s = 0; s < Taxi.STATES; s++) {
      int[] d = Taxi.decode(s);
      int panel = layout.panelOf().applyAsInt(s);
      assertEquals(d[0] * 5 + d[1], layout.cellOf().applyAsInt(s));
      if (d[2] == d[3]) {
        assertEquals(-1, panel, "passenger already at its destination");
      } else {
        seen.add(panel);
      }
    }
    assertEquals(16, seen.size());
    assertEquals(
        "at R, to G", layout.panels().get(layout.panelOf().applyAsInt(Taxi.encode(0, 0, 0, 1))));
    assertEquals(
        "aboard, to B", layout.panels().get(layout.panelOf().applyAsInt(Taxi.encode(0, 0, 4, 3))));
  }

  @Test
  void taxi_wallsAndLandmarksComeFromTheMap() {
    GridLayout v3 = Environments.make("Taxi-v3").layout().orElseThrow();
    GridLayout v2 = Environments.make("Taxi-v2").layout().orElseThrow();
    assertTrue(v3.cells().get(1).wallEast()); // "|R: | : :G|"
    assertTrue(v3.cells().get(6).wallEast()); // v3's correction: a wall in row 1 too
    assertFalse(v2.cells().get(6).wallEast());
    assertEquals("R", v3.cells().get(0).label());
    assertEquals("B", v3.cells().get(23).label());
    List<GridLayout.Mark> marks = v3.marks().apply(Taxi.encode(2, 2, 4, 1));
    assertTrue(marks.contains(new GridLayout.Mark(12, GridLayout.MarkKind.LOADED)));
    assertTrue(marks.contains(new GridLayout.Mark(4, GridLayout.MarkKind.DESTINATION)));
  }

  @Test
  void plain_putsEveryObservationInANearSquareGrid() {
    GridLayout plain = GridLayout.plain(10, List.of("a", "b"));
    assertEquals(3, plain.rows());
    assertEquals(4, plain.columns());
    assertEquals(9, plain.cellOf().applyAsInt(9));
    assertEquals(0, plain.panelOf().applyAsInt(9));
    assertFalse(plain.moves().get(0).moves());
    assertEquals("b", plain.moves().get(1).symbol());
  }

  @Test
  void constructor_rejectsACellCountThatIsNotTheGrid() {
    assertThrows(IllegalArgumentException.class, () -> GridLayout.plain(0, List.of("a")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new GridLayout(
                2, 2, List.of(), o -> 0, List.of(""), o -> 0, o -> List.of(), List.of()));
  }
}
