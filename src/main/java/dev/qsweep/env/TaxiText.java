package dev.qsweep.env;

import java.util.Locale;

/** Taxi drawn as text, as Gymnasium's {@code ansi} render mode draws it. */
final class TaxiText {
  private TaxiText() {}

  /** Gymnasium's {@code _render_text} with no last action. */
  static String render(String[] map, int state, boolean color) {
    String[][] out = new String[map.length][];
    for (int i = 0; i < map.length; i++) {
      out[i] = new String[map[i].length()];
      for (int j = 0; j < map[i].length(); j++) {
        out[i][j] = String.valueOf(map[i].charAt(j));
      }
    }
    int[] d = Taxi.decode(state);
    int taxiRow = d[0];
    int taxiCol = d[1];
    int pass = d[2];
    int dest = d[3];
    StringBuilder text = new StringBuilder();
    if (color) {
      if (pass < 4) {
        out[1 + taxiRow][2 * taxiCol + 1] =
            Ansi.colorize(out[1 + taxiRow][2 * taxiCol + 1], Ansi.YELLOW, false, true);
        int pi = Taxi.LOCS[pass][0];
        int pj = Taxi.LOCS[pass][1];
        out[1 + pi][2 * pj + 1] = Ansi.colorize(out[1 + pi][2 * pj + 1], Ansi.BLUE, true, false);
      } else {
        String cell = out[1 + taxiRow][2 * taxiCol + 1];
        out[1 + taxiRow][2 * taxiCol + 1] =
            Ansi.colorize(cell.equals(" ") ? "_" : cell, Ansi.GREEN, false, true);
      }
      int di = Taxi.LOCS[dest][0];
      int dj = Taxi.LOCS[dest][1];
      out[1 + di][2 * dj + 1] = Ansi.colorize(out[1 + di][2 * dj + 1], Ansi.MAGENTA, false, false);
    } else if (pass == 4) {
      String cell = out[1 + taxiRow][2 * taxiCol + 1];
      out[1 + taxiRow][2 * taxiCol + 1] = cell.equals(" ") ? "_" : cell;
    }
    for (String[] line : out) {
      text.append(String.join("", line)).append('\n');
    }
    if (!color) {
      text.append(
          String.format(
              Locale.ROOT,
              "taxi at (%d, %d), passenger %s, destination %s\n",
              taxiRow,
              taxiCol,
              pass == 4 ? "in the taxi" : "at " + Taxi.LOC_NAMES[pass],
              Taxi.LOC_NAMES[dest]));
    }
    text.append('\n');
    return text.toString();
  }
}
