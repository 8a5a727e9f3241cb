package dev.qsweep.env;

import java.util.ArrayList;
import java.util.List;

/**
 * Gymnasium's CliffWalking (Sutton and Barto, example 6.6) as flat tables: a 4 x 12 grid, start at
 * (3, 0), goal at (3, 11), a cliff along (3, 1..10) that sends the walker back to the start for
 * -100; -1 every other step; actions up, right, down, left.
 */
/*
 * Implementation note. Mirrors gymnasium/envs/toy_text/cliffwalking.py (CliffWalking-v1, 1.x).
 * Not slippery: one outcome per action. Slippery: the moves [(a - 1) % 4, a, (a + 1) % 4] with
 * 1/3 each. A move clamps at the border; into the cliff it gives (p, 36, -100, False); into the
 * goal (p, 47, -1, True). Gymnasium registers no time limit; qsweep's default is in Environments.
 */
public final class CliffWalking {
  static final int ROWS = 4;
  static final int COLS = 12;
  static final int START = 36;
  static final int GOAL = 47;
  static final double CLIFF_REWARD = -100;
  static final List<String> ACTION_NAMES = List.of("Up", "Right", "Down", "Left");

  private static final int[][] DELTAS = {{-1, 0}, {0, 1}, {1, 0}, {0, -1}};

  private CliffWalking() {}

  /** Builds Gymnasium's {@code P}. */
  static TabularModel table(boolean slippery, int maxSteps) {
    TabularModel.Builder b = TabularModel.builder(ROWS * COLS, 4).maxEpisodeSteps(maxSteps);
    for (int s = 0; s < ROWS * COLS; s++) {
      int row = s / COLS;
      int col = s % COLS;
      for (int a = 0; a < 4; a++) {
        if (slippery) {
          for (int k = -1; k <= 1; k++) {
            outcome(b, row, col, a, Math.floorMod(a + k, 4), 1.0 / 3);
          }
        } else {
          outcome(b, row, col, a, a, 1.0);
        }
      }
    }
    b.initial(START, 1.0);
    return b.build();
  }

  private static void outcome(
      TabularModel.Builder b, int row, int col, int action, int move, double probability) {
    int newRow = Math.max(0, Math.min(row + DELTAS[move][0], ROWS - 1));
    int newCol = Math.max(0, Math.min(col + DELTAS[move][1], COLS - 1));
    int s = row * COLS + col;
    if (isCliff(newRow, newCol)) {
      b.outcome(s, action, probability, START, CLIFF_REWARD, false, true, false);
    } else {
      int next = newRow * COLS + newCol;
      boolean goal = next == GOAL;
      b.outcome(s, action, probability, next, -1, goal, false, goal);
    }
  }

  private static boolean isCliff(int row, int col) {
    return row == ROWS - 1 && col >= 1 && col <= COLS - 2;
  }

  /** Makes a CliffWalking environment from resolved options. */
  static Environment create(String id, EnvOptions options) {
    TabularModel table = table(options.bool("is_slippery"), options.steps("max_episode_steps"));
    return new Environment(id, options, table, table, ACTION_NAMES, CliffWalking::render, layout());
  }

  /** The grid: start, goal and cliff cells; actions up, right, down, left. */
  static GridLayout layout() {
    List<String> map = new ArrayList<>();
    for (int row = 0; row < ROWS; row++) {
      StringBuilder line = new StringBuilder();
      for (int col = 0; col < COLS; col++) {
        int s = row * COLS + col;
        line.append(s == START ? 'S' : s == GOAL ? 'G' : isCliff(row, col) ? 'C' : 'o');
      }
      map.add(line.toString());
    }
    return GridLayout.ofMap(map, CliffWalking::kindOf, GridLayouts.UP_RIGHT_DOWN_LEFT);
  }

  private static GridLayout.Kind kindOf(int letter) {
    return switch (letter) {
      case 'S' -> GridLayout.Kind.START;
      case 'G' -> GridLayout.Kind.GOAL;
      case 'C' -> GridLayout.Kind.CLIFF;
      default -> GridLayout.Kind.FLOOR;
    };
  }

  /** Gymnasium's {@code _render_text}: x for the walker, T the goal, C the cliff, o the rest. */
  static String render(int state, boolean color) {
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < ROWS * COLS; s++) {
      int row = s / COLS;
      int col = s % COLS;
      String cell;
      if (s == state) {
        cell = " x ";
      } else if (s == GOAL) {
        cell = " T ";
      } else if (isCliff(row, col)) {
        cell = " C ";
      } else {
        cell = " o ";
      }
      if (col == 0) {
        cell = cell.stripLeading();
      }
      if (col == COLS - 1) {
        cell = cell.stripTrailing() + "\n";
      }
      text.append(cell);
    }
    return text.append('\n').toString();
  }
}
