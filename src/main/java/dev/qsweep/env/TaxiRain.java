package dev.qsweep.env;

/**
 * Taxi's rainy movement actions, as each Gymnasium version builds them (see {@link Taxi}'s
 * implementation note).
 */
final class TaxiRain {
  private TaxiRain() {}

  /** Taxi-v3's rainy movement, including its quirks (see the implementation note). */
  static void v3(
      TabularModel.Builder b, String[] map, int row, int col, int pass, int dest, int action) {
    // Gymnasium's `moves`: intended, "left", "right" (and the offsets `_calc_new_position` uses).
    int[][][] moves = {
      {{1, 0}, {0, -1}, {0, 1}},
      {{-1, 0}, {0, -1}, {0, 1}},
      {{0, 1}, {1, 0}, {-1, 0}},
      {{0, -1}, {1, 0}, {-1, 0}},
    };
    int newRow = row;
    int newCol = col;
    int[] left = {row, col};
    int[] right = {row, col};
    boolean allowed =
        action <= 1
            || (action == 2 && map[1 + row].charAt(2 * col + 2) == ':')
            || (action == 3 && map[1 + row].charAt(2 * col) == ':');
    if (allowed) {
      newRow = clamp(row + moves[action][0][0], Taxi.MAX_ROW);
      newCol = clamp(col + moves[action][0][1], Taxi.MAX_COL);
      left = calcNewPositionV3(map, row, col, moves[action][1], 2);
      right = calcNewPositionV3(map, row, col, moves[action][2], 0);
    }
    int state = Taxi.encode(row, col, pass, dest);
    b.outcome(state, action, 0.8, Taxi.encode(newRow, newCol, pass, dest), -1, false, false, false);
    b.outcome(
        state, action, 0.1, Taxi.encode(left[0], left[1], pass, dest), -1, false, false, false);
    b.outcome(
        state, action, 0.1, Taxi.encode(right[0], right[1], pass, dest), -1, false, false, false);
  }

  /** Gymnasium 1.2.3's {@code _calc_new_position}, wall check and all. */
  private static int[] calcNewPositionV3(String[] map, int row, int col, int[] move, int offset) {
    int newRow = clamp(row + move[0], Taxi.MAX_ROW);
    int newCol = clamp(col + move[1], Taxi.MAX_COL);
    if (map[1 + newRow].charAt(2 * newCol + offset) == ':') {
      return new int[] {newRow, newCol};
    }
    return new int[] {row, col};
  }

  /** Taxi-v4's rainy movement: laterals relative to the direction of travel. */
  static void v4(
      TabularModel.Builder b,
      String[] map,
      int row,
      int col,
      int pass,
      int dest,
      int action,
      double rainyProbability) {
    // Directions as actions: 0 south, 1 north, 2 east, 3 west. Left of travel: south->east,
    // north->west, east->north, west->south; right is the opposite.
    int[] leftOf = {2, 3, 1, 0};
    int[] rightOf = {3, 2, 0, 1};
    int here = Taxi.encode(row, col, pass, dest);
    double lateral = (1.0 - rainyProbability) / 2.0;
    int intended = moveDeterministic(map, row, col, action);
    if (intended < 0) {
      // Blocked ahead: no drift either, but still three outcomes, all staying put (as 1.3.0).
      b.outcome(here, action, rainyProbability, here, -1, false, false, false);
      b.outcome(here, action, lateral, here, -1, false, false, false);
      b.outcome(here, action, lateral, here, -1, false, false, false);
      return;
    }
    int l = moveDeterministic(map, row, col, leftOf[action]);
    int r = moveDeterministic(map, row, col, rightOf[action]);
    int intendedState = Taxi.encode(intended / 5, intended % 5, pass, dest);
    int leftState = l >= 0 ? Taxi.encode(l / 5, l % 5, pass, dest) : here;
    int rightState = r >= 0 ? Taxi.encode(r / 5, r % 5, pass, dest) : here;
    b.outcome(here, action, rainyProbability, intendedState, -1, false, false, false);
    b.outcome(here, action, lateral, leftState, -1, false, false, false);
    b.outcome(here, action, lateral, rightState, -1, false, false, false);
  }

  /** The cell {@code row * 5 + col} a move reaches, or -1 if a wall or the border blocks it. */
  private static int moveDeterministic(String[] map, int row, int col, int direction) {
    switch (direction) {
      case 0:
        return row < Taxi.MAX_ROW ? (row + 1) * 5 + col : -1;
      case 1:
        return row > 0 ? (row - 1) * 5 + col : -1;
      case 2:
        return col < Taxi.MAX_COL && map[1 + row].charAt(2 * col + 2) == ':'
            ? row * 5 + col + 1
            : -1;
      default:
        return col > 0 && map[1 + row].charAt(2 * col) == ':' ? row * 5 + col - 1 : -1;
    }
  }

  private static int clamp(int value, int max) {
    return Math.max(0, Math.min(value, max));
  }
}
