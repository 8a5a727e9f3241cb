package dev.qsweep.env;

import java.util.ArrayList;
import java.util.List;

/** The grid layouts of the built-in environments that need more than a character map. */
final class GridLayouts {
  /** CliffWalking's actions: up, right, down, left. */
  static final List<GridLayout.Move> UP_RIGHT_DOWN_LEFT =
      List.of(
          new GridLayout.Move(-1, 0, "Up"),
          new GridLayout.Move(0, 1, "Right"),
          new GridLayout.Move(1, 0, "Down"),
          new GridLayout.Move(0, -1, "Left"));

  /** FrozenLake's actions: left, down, right, up. */
  static final List<GridLayout.Move> LEFT_DOWN_RIGHT_UP =
      List.of(
          new GridLayout.Move(0, -1, "Left"),
          new GridLayout.Move(1, 0, "Down"),
          new GridLayout.Move(0, 1, "Right"),
          new GridLayout.Move(-1, 0, "Up"));

  /** Taxi's actions: south, north, east, west, pickup, dropoff. */
  static final List<GridLayout.Move> TAXI_MOVES =
      List.of(
          new GridLayout.Move(1, 0, "South"),
          new GridLayout.Move(-1, 0, "North"),
          new GridLayout.Move(0, 1, "East"),
          new GridLayout.Move(0, -1, "West"),
          new GridLayout.Move(0, 0, "P"),
          new GridLayout.Move(0, 0, "D"));

  private GridLayouts() {}

  /**
   * Taxi's 5 x 5 grid read from its text map (a '|' between two cells is a wall), the four
   * landmarks labelled, one panel per (passenger location, destination) pair that an episode can be
   * in: 4 waiting passengers x 3 other destinations, then the passenger aboard x 4.
   */
  static GridLayout taxi(String[] map) {
    List<GridLayout.Cell> cells = new ArrayList<>();
    for (int row = 0; row < 5; row++) {
      for (int col = 0; col < 5; col++) {
        String label = "";
        for (int l = 0; l < Taxi.LOCS.length; l++) {
          if (Taxi.LOCS[l][0] == row && Taxi.LOCS[l][1] == col) {
            label = Taxi.LOC_NAMES[l];
          }
        }
        boolean wallEast = col < 4 && map[row + 1].charAt(2 * col + 2) == '|';
        cells.add(new GridLayout.Cell(GridLayout.Kind.FLOOR, label, wallEast));
      }
    }
    List<String> panels = new ArrayList<>();
    int[] panelOf = new int[5 * 4];
    for (int pass = 0; pass < 5; pass++) {
      for (int dest = 0; dest < 4; dest++) {
        if (pass == dest) {
          panelOf[pass * 4 + dest] = -1;
          continue;
        }
        panelOf[pass * 4 + dest] = panels.size();
        panels.add(
            (pass == 4 ? "aboard" : "at " + Taxi.LOC_NAMES[pass]) + ", to " + Taxi.LOC_NAMES[dest]);
      }
    }
    return new GridLayout(
        5,
        5,
        cells,
        o -> Taxi.decode(o)[0] * 5 + Taxi.decode(o)[1],
        panels,
        o -> panelOf[o % 20],
        GridLayouts::taxiMarks,
        TAXI_MOVES);
  }

  private static List<GridLayout.Mark> taxiMarks(int observation) {
    int[] d = Taxi.decode(observation);
    List<GridLayout.Mark> marks = new ArrayList<>();
    int[] dest = Taxi.LOCS[d[3]];
    marks.add(new GridLayout.Mark(dest[0] * 5 + dest[1], GridLayout.MarkKind.DESTINATION));
    if (d[2] == 4) {
      marks.add(new GridLayout.Mark(d[0] * 5 + d[1], GridLayout.MarkKind.LOADED));
    } else {
      int[] at = Taxi.LOCS[d[2]];
      marks.add(new GridLayout.Mark(at[0] * 5 + at[1], GridLayout.MarkKind.PASSENGER));
    }
    return marks;
  }
}
