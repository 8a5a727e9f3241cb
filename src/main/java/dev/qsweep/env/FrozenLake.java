package dev.qsweep.env;

import java.util.List;

/**
 * Gymnasium's FrozenLake as flat tables: walk from S to G over frozen tiles F without falling into
 * a hole H; actions left, down, right, up.
 */
/*
 * Implementation note. Mirrors gymnasium/envs/toy_text/frozen_lake.py (1.x, with success_rate and
 * reward_schedule). A row from a G or H tile is (1.0, s, 0, True). Otherwise, slippery or not, the
 * moves [(a - 1) % 4, a, (a + 1) % 4] are tried in that order with probabilities fail, success,
 * fail, where fail = (1 - success_rate) / 2; each clamps at the border; the reward is
 * reward_schedule[GHF.index(letter)], with S counted as F; entering G or H terminates. The initial
 * distribution is uniform over the S tiles.
 */
public final class FrozenLake {
  /** Gymnasium's preset maps. */
  static final List<String> MAP_4X4 = List.of("SFFF", "FHFH", "FFFH", "HFFG");

  static final List<String> MAP_8X8 =
      List.of(
          "SFFFFFFF",
          "FFFFFFFF",
          "FFFHFFFF",
          "FFFFFHFF",
          "FFFHFFFF",
          "FHHFFFHF",
          "FHFFHFHF",
          "FFFHFFFG");

  static final List<String> ACTION_NAMES = List.of("Left", "Down", "Right", "Up");

  private FrozenLake() {}

  /** Builds Gymnasium's {@code P} for a map. */
  static TabularModel table(
      List<String> desc,
      boolean slippery,
      double successRate,
      double[] rewardSchedule,
      int maxSteps) {
    int rows = desc.size();
    int cols = desc.get(0).length();
    TabularModel.Builder b = TabularModel.builder(rows * cols, 4).maxEpisodeSteps(maxSteps);
    double failRate = (1.0 - successRate) / 2.0;
    int starts = 0;
    for (String line : desc) {
      starts += (int) line.chars().filter(c -> c == 'S').count();
    }
    for (int row = 0; row < rows; row++) {
      for (int col = 0; col < cols; col++) {
        int s = row * cols + col;
        char letter = desc.get(row).charAt(col);
        if (letter == 'S') {
          b.initial(s, 1.0 / starts);
        }
        for (int a = 0; a < 4; a++) {
          if (letter == 'G' || letter == 'H') {
            b.outcome(s, a, 1.0, s, 0, true, letter == 'H', letter == 'G');
          } else if (slippery) {
            for (int k = -1; k <= 1; k++) {
              int move = Math.floorMod(a + k, 4);
              outcome(b, desc, row, col, a, move, k == 0 ? successRate : failRate, rewardSchedule);
            }
          } else {
            outcome(b, desc, row, col, a, a, 1.0, rewardSchedule);
          }
        }
      }
    }
    return b.build();
  }

  private static void outcome(
      TabularModel.Builder b,
      List<String> desc,
      int row,
      int col,
      int action,
      int move,
      double probability,
      double[] rewardSchedule) {
    int rows = desc.size();
    int cols = desc.get(0).length();
    int newRow = row;
    int newCol = col;
    switch (move) {
      case 0:
        newCol = Math.max(col - 1, 0);
        break;
      case 1:
        newRow = Math.min(row + 1, rows - 1);
        break;
      case 2:
        newCol = Math.min(col + 1, cols - 1);
        break;
      default:
        newRow = Math.max(row - 1, 0);
    }
    char letter = desc.get(newRow).charAt(newCol);
    boolean terminal = letter == 'G' || letter == 'H';
    double reward = rewardSchedule[letter == 'G' ? 0 : letter == 'H' ? 1 : 2];
    b.outcome(
        row * cols + col,
        action,
        probability,
        newRow * cols + newCol,
        reward,
        terminal,
        letter == 'H',
        letter == 'G');
  }

  /** Makes a FrozenLake environment from resolved options. */
  @SuppressWarnings("unchecked")
  static Environment create(String id, EnvOptions options) {
    List<String> desc = (List<String>) options.get("desc");
    if (desc == null) {
      desc = "8x8".equals(options.get("map_name")) ? MAP_8X8 : MAP_4X4;
    }
    TabularModel table =
        table(
            desc,
            options.bool("is_slippery"),
            options.real("success_rate"),
            (double[]) options.get("reward_schedule"),
            options.steps("max_episode_steps"));
    List<String> map = desc;
    return new Environment(
        id,
        options,
        table,
        table,
        ACTION_NAMES,
        (s, color) -> render(map, s, color),
        GridLayout.ofMap(map, FrozenLake::kindOf, GridLayouts.LEFT_DOWN_RIGHT_UP));
  }

  private static GridLayout.Kind kindOf(int letter) {
    return switch (letter) {
      case 'S' -> GridLayout.Kind.START;
      case 'G' -> GridLayout.Kind.GOAL;
      case 'H' -> GridLayout.Kind.HOLE;
      default -> GridLayout.Kind.FLOOR;
    };
  }

  /** Gymnasium's {@code _render_text} with no last action. */
  static String render(List<String> desc, int state, boolean color) {
    int cols = desc.get(0).length();
    int row = state / cols;
    int col = state % cols;
    StringBuilder text = new StringBuilder("\n");
    for (int r = 0; r < desc.size(); r++) {
      String line = desc.get(r);
      if (r == row) {
        String cell = line.substring(col, col + 1);
        String mark = color ? Ansi.colorize(cell, Ansi.RED, false, true) : "[" + cell + "]";
        line = line.substring(0, col) + mark + line.substring(col + 1);
      }
      text.append(line).append('\n');
    }
    return text.toString();
  }
}
