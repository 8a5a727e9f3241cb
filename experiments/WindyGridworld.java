import dev.qsweep.env.TabularEnvironment;
import dev.qsweep.env.TabularModel;
import dev.qsweep.experiment.Experiment;
import dev.qsweep.experiment.Grid;
import java.util.List;

/**
 * Sutton and Barto's Windy Gridworld (example 6.5), written in Java as a user would: a 7 x 10 grid,
 * start (3, 0), goal (3, 7), a crosswind pushing up by 0, 0, 0, 1, 1, 1, 2, 2, 1, 0 cells by
 * column, -1 per step until the goal. The shortest episode takes 15 steps. The sweep sets SARSA
 * (the book's choice, epsilon 0.1, alpha 0.5) beside Q-learning and Expected SARSA, undiscounted.
 *
 * <p>The environment is known as {@code WindyGridworld-v0} in grids, and {@code qsweep solve
 * experiments/WindyGridworld.java} solves it.
 */
public final class WindyGridworld implements Experiment {
  @Override
  public List<TabularEnvironment> environments() {
    return List.of(new Windy());
  }

  @Override
  public Grid grid() {
    return Grid.builder("windy-gridworld")
        .env("WindyGridworld-v0")
        .learner("sarsa", "q-learning", "expected-sarsa")
        .alpha(0.5)
        .gamma(1.0)
        .epsilon(0.1)
        .episodes(500)
        .curveBins(50)
        .replicates(10)
        .seed(65)
        .build();
  }

  /** The gridworld: state = row * 10 + column; actions up, right, down, left. */
  static final class Windy implements TabularEnvironment {
    static final int ROWS = 7;
    static final int COLUMNS = 10;
    static final int[] WIND = {0, 0, 0, 1, 1, 1, 2, 2, 1, 0};
    static final int START = 3 * COLUMNS;
    static final int GOAL = 3 * COLUMNS + 7;
    static final int[][] MOVES = {{-1, 0}, {0, 1}, {1, 0}, {0, -1}};

    @Override
    public String id() {
      return "WindyGridworld-v0";
    }

    @Override
    public String summary() {
      return "Sutton and Barto's windy gridworld (example 6.5), from experiments/WindyGridworld.java";
    }

    @Override
    public int stateCount() {
      return ROWS * COLUMNS;
    }

    @Override
    public int actionCount() {
      return 4;
    }

    @Override
    public List<String> actionNames() {
      return List.of("Up", "Right", "Down", "Left");
    }

    @Override
    public TabularModel.Builder define(TabularModel.Builder model) {
      for (int s = 0; s < stateCount(); s++) {
        int row = s / COLUMNS;
        int col = s % COLUMNS;
        for (int a = 0; a < 4; a++) {
          // The wind of the column the agent leaves pushes it up, as in the book.
          int r = clamp(row + MOVES[a][0] - WIND[col], ROWS);
          int c = clamp(col + MOVES[a][1], COLUMNS);
          int next = r * COLUMNS + c;
          boolean goal = next == GOAL;
          model.outcome(s, a, 1.0, next, -1, goal, false, goal);
        }
      }
      return model.initial(START, 1.0);
    }

    @Override
    public String render(int state, boolean color) {
      StringBuilder text = new StringBuilder();
      for (int r = 0; r < ROWS; r++) {
        for (int c = 0; c < COLUMNS; c++) {
          int s = r * COLUMNS + c;
          String cell = s == state ? "x" : s == START ? "S" : s == GOAL ? "G" : ".";
          text.append(color && s == state ? "\u001b[1;33m" + cell + "\u001b[0m" : cell);
        }
        text.append('\n');
      }
      for (int w : WIND) {
        text.append(w);
      }
      return text.append("  (wind)\n").toString();
    }

    private static int clamp(int value, int size) {
      return Math.max(0, Math.min(value, size - 1));
    }
  }
}
