package dev.qsweep.env;

import java.util.List;
import java.util.Locale;

/**
 * Gymnasium's Taxi as flat tables: 500 states, 6 actions (south, north, east, west, pickup,
 * drop-off), -1 a step, +20 for delivering the passenger, -10 for an illegal pickup or drop-off.
 *
 * <p>Three versions, each as the Gymnasium release that last shipped it:
 *
 * <ul>
 *   <li>{@code Taxi-v2}: the older map the tutorial used, where row 1 has no wall between columns 1
 *       and 2; everything else as {@code Taxi-v3}.
 *   <li>{@code Taxi-v3}: Gymnasium 1.2.3, including its {@code is_rainy} tables.
 *   <li>{@code Taxi-v4}: Gymnasium 1.3, which fixed the rainy tables and added {@code
 *       rainy_probability} and {@code fickle_probability}.
 * </ul>
 */
/*
 * Implementation note. Mirrors gymnasium/envs/toy_text/taxi.py.
 *
 * Dry tables (all versions): `_build_dry_transitions`. South/north clamp at the border; east/west
 * move only through a ':' in the map; pickup and drop-off as Dietterich's MAXQ paper.
 *
 * Rainy tables, Taxi-v3 (1.2.3 `_build_rainy_transitions`): a movement action gives three outcomes
 * (0.8 intended, 0.1 "left", 0.1 "right", reward -1). "Left"/"right" are fixed by the action
 * table `moves` rather than by the direction of travel, an east/west action blocked by a wall
 * yields three outcomes that all stay put (but a blocked south/north still slips sideways), and
 * `_calc_new_position` checks a wall character even for vertical slips. All of that is reproduced
 * on purpose: it is what Taxi-v3 does (Gymnasium issues #1509 and #1510).
 *
 * Rainy tables, Taxi-v4 (1.3.0 `_build_rainy_transitions`, read from the tag v1.3.0): every
 * movement action gives three outcomes, ahead (rainy_probability), then left and right of the
 * direction of travel (`_rainy_lateral_probability` = (1 - rainy_probability) / 2 each, so
 * 0.09999999999999998 at the default 0.8), reward -1, never terminal. A lateral blocked by a wall
 * or the border stays put. When the way ahead is blocked there is no drift either: the three
 * outcomes (same probabilities) all stay put. TaxiTest compares every row with the table the real
 * Gymnasium 1.3.0 builds.
 *
 * The fickle passenger is not in P: Gymnasium's `step` draws a flag at reset (probability 0.3, or
 * fickle_probability in v4) and, on the first step that moves the taxi with the passenger aboard,
 * redraws the destination uniformly among the other three. `withFicklePassenger` builds a model
 * over (state, flag) with the flag hidden from the agent, so the exact evaluator can score it.
 */
public final class Taxi {
  /** Gymnasium's 1.3+ map, also Taxi-v3's. */
  static final String[] MAP = {
    "+---------+",
    "|R: | : :G|",
    "| : | : : |",
    "| : : : : |",
    "| | : | : |",
    "|Y| : |B: |",
    "+---------+",
  };

  /** The map of Taxi-v2 and earlier, before the "map correction" of v3. */
  static final String[] MAP_V2 = {
    "+---------+",
    "|R: | : :G|",
    "| : : : : |",
    "| : : : : |",
    "| | : | : |",
    "|Y| : |B: |",
    "+---------+",
  };

  /** Number of states: 25 taxi cells x 5 passenger locations x 4 destinations. */
  public static final int STATES = 500;

  /** Number of actions. */
  public static final int ACTIONS = 6;

  /** Gymnasium's registered time limit. */
  public static final int MAX_EPISODE_STEPS = 200;

  /** Reward of an illegal pickup or drop-off, the tutorial's "penalty". */
  public static final double ILLEGAL_ACTION_REWARD = -10;

  static final List<String> ACTION_NAMES =
      List.of("South", "North", "East", "West", "Pickup", "Dropoff");

  static final int[][] LOCS = {{0, 0}, {0, 4}, {4, 0}, {4, 3}};
  static final String[] LOC_NAMES = {"R", "G", "Y", "B"};
  private static final int MAX_ROW = 4;
  private static final int MAX_COL = 4;

  /** The three map versions. */
  public enum Version {
    /** The tutorial's older map. */
    V2,
    /** Gymnasium 1.2.3. */
    V3,
    /** Gymnasium 1.3 and later. */
    V4
  }

  private Taxi() {}

  /** Gymnasium's {@code encode}: {@code ((row * 5 + col) * 5 + passenger) * 4 + destination}. */
  public static int encode(int taxiRow, int taxiCol, int passenger, int destination) {
    return ((taxiRow * 5 + taxiCol) * 5 + passenger) * 4 + destination;
  }

  /** Gymnasium's {@code decode}: {@code {row, col, passenger, destination}}. */
  public static int[] decode(int state) {
    int destination = state % 4;
    int i = state / 4;
    int passenger = i % 5;
    i /= 5;
    return new int[] {i / 5, i % 5, passenger, destination};
  }

  /**
   * Builds Gymnasium's {@code P} for one version.
   *
   * @param rainyProbability probability of moving in the intended direction when {@code rainy}
   */
  static TabularModel table(Version version, boolean rainy, double rainyProbability, int maxSteps) {
    String[] map = version == Version.V2 ? MAP_V2 : MAP;
    TabularModel.Builder b = TabularModel.builder(STATES, ACTIONS).maxEpisodeSteps(maxSteps);
    for (int row = 0; row < 5; row++) {
      for (int col = 0; col < 5; col++) {
        for (int pass = 0; pass < 5; pass++) {
          for (int dest = 0; dest < 4; dest++) {
            int state = encode(row, col, pass, dest);
            for (int action = 0; action < ACTIONS; action++) {
              if (!rainy || action >= 4) {
                dry(b, map, row, col, pass, dest, action);
              } else if (version == Version.V4) {
                rainyV4(b, map, row, col, pass, dest, action, rainyProbability);
              } else {
                rainyV3(b, map, row, col, pass, dest, action);
              }
            }
            if (pass < 4 && pass != dest) {
              // Built in state order; each of the 300 states has weight 1/300.
              b.initial(state, 1.0 / 300);
            }
          }
        }
      }
    }
    return b.build();
  }

  private static void dry(
      TabularModel.Builder b, String[] map, int row, int col, int pass, int dest, int action) {
    int newRow = row;
    int newCol = col;
    int newPass = pass;
    double reward = -1;
    boolean terminated = false;
    switch (action) {
      case 0:
        newRow = Math.min(row + 1, MAX_ROW);
        break;
      case 1:
        newRow = Math.max(row - 1, 0);
        break;
      case 2:
        if (map[1 + row].charAt(2 * col + 2) == ':') {
          newCol = Math.min(col + 1, MAX_COL);
        }
        break;
      case 3:
        if (map[1 + row].charAt(2 * col) == ':') {
          newCol = Math.max(col - 1, 0);
        }
        break;
      case 4:
        if (pass < 4 && row == LOCS[pass][0] && col == LOCS[pass][1]) {
          newPass = 4;
        } else {
          reward = ILLEGAL_ACTION_REWARD;
        }
        break;
      default:
        int here = locationAt(row, col);
        if (pass == 4 && here == dest) {
          newPass = dest;
          terminated = true;
          reward = 20;
        } else if (pass == 4 && here >= 0) {
          newPass = here;
        } else {
          reward = ILLEGAL_ACTION_REWARD;
        }
    }
    int state = encode(row, col, pass, dest);
    b.outcome(
        state,
        action,
        1.0,
        encode(newRow, newCol, newPass, dest),
        reward,
        terminated,
        reward == ILLEGAL_ACTION_REWARD,
        terminated);
  }

  /** Taxi-v3's rainy movement, including its quirks (see the implementation note). */
  private static void rainyV3(
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
      newRow = clamp(row + moves[action][0][0], MAX_ROW);
      newCol = clamp(col + moves[action][0][1], MAX_COL);
      left = calcNewPositionV3(map, row, col, moves[action][1], 2);
      right = calcNewPositionV3(map, row, col, moves[action][2], 0);
    }
    int state = encode(row, col, pass, dest);
    b.outcome(state, action, 0.8, encode(newRow, newCol, pass, dest), -1, false, false, false);
    b.outcome(state, action, 0.1, encode(left[0], left[1], pass, dest), -1, false, false, false);
    b.outcome(state, action, 0.1, encode(right[0], right[1], pass, dest), -1, false, false, false);
  }

  /** Gymnasium 1.2.3's {@code _calc_new_position}, wall check and all. */
  private static int[] calcNewPositionV3(String[] map, int row, int col, int[] move, int offset) {
    int newRow = clamp(row + move[0], MAX_ROW);
    int newCol = clamp(col + move[1], MAX_COL);
    if (map[1 + newRow].charAt(2 * newCol + offset) == ':') {
      return new int[] {newRow, newCol};
    }
    return new int[] {row, col};
  }

  /** Taxi-v4's rainy movement: laterals relative to the direction of travel. */
  private static void rainyV4(
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
    int here = encode(row, col, pass, dest);
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
    int intendedState = encode(intended / 5, intended % 5, pass, dest);
    int leftState = l >= 0 ? encode(l / 5, l % 5, pass, dest) : here;
    int rightState = r >= 0 ? encode(r / 5, r % 5, pass, dest) : here;
    b.outcome(here, action, rainyProbability, intendedState, -1, false, false, false);
    b.outcome(here, action, lateral, leftState, -1, false, false, false);
    b.outcome(here, action, lateral, rightState, -1, false, false, false);
  }

  /** The cell {@code row * 5 + col} a move reaches, or -1 if a wall or the border blocks it. */
  private static int moveDeterministic(String[] map, int row, int col, int direction) {
    switch (direction) {
      case 0:
        return row < MAX_ROW ? (row + 1) * 5 + col : -1;
      case 1:
        return row > 0 ? (row - 1) * 5 + col : -1;
      case 2:
        return col < MAX_COL && map[1 + row].charAt(2 * col + 2) == ':' ? row * 5 + col + 1 : -1;
      default:
        return col > 0 && map[1 + row].charAt(2 * col) == ':' ? row * 5 + col - 1 : -1;
    }
  }

  private static int clamp(int value, int max) {
    return Math.max(0, Math.min(value, max));
  }

  private static int locationAt(int row, int col) {
    for (int i = 0; i < LOCS.length; i++) {
      if (LOCS[i][0] == row && LOCS[i][1] == col) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Adds Gymnasium's fickle passenger to {@code table}: states {@code s} (no change pending) and
   * {@code s + 500} (the destination will change on the first move with the passenger aboard), both
   * observed as {@code s}.
   */
  static TabularModel withFicklePassenger(TabularModel table, double fickleProbability) {
    TabularModel.Builder b =
        TabularModel.builder(2 * STATES, ACTIONS).maxEpisodeSteps(table.maxEpisodeSteps());
    int[] observation = new int[2 * STATES];
    for (int s = 0; s < 2 * STATES; s++) {
      observation[s] = s % STATES;
    }
    b.observations(STATES, observation);
    for (int pending = 0; pending < 2; pending++) {
      for (int s = 0; s < STATES; s++) {
        int[] from = decode(s);
        for (int a = 0; a < ACTIONS; a++) {
          int row = s * ACTIONS + a;
          for (int k = table.firstOutcome(row); k < table.firstOutcome(row + 1); k++) {
            double p = table.probability(k);
            int next = table.nextState(k);
            int[] to = decode(next);
            boolean moved = to[0] != from[0] || to[1] != from[1];
            if (pending == 1 && from[2] == 4 && moved) {
              for (int d = 0; d < 4; d++) {
                if (d != from[3]) {
                  b.outcome(
                      s + STATES,
                      a,
                      p / 3,
                      encode(to[0], to[1], to[2], d),
                      table.reward(k),
                      table.isTerminal(k),
                      table.isPenalty(k),
                      table.isSuccess(k));
                }
              }
            } else {
              b.outcome(
                  s + pending * STATES,
                  a,
                  p,
                  next + pending * STATES,
                  table.reward(k),
                  table.isTerminal(k),
                  table.isPenalty(k),
                  table.isSuccess(k));
            }
          }
        }
      }
    }
    for (int pending = 0; pending < 2; pending++) {
      double weight = pending == 1 ? fickleProbability : 1 - fickleProbability;
      if (weight <= 0) {
        continue;
      }
      for (int j = 0; j < table.initialStateCount(); j++) {
        b.initial(table.initialState(j) + pending * STATES, table.initialProbability(j) * weight);
      }
    }
    return b.build();
  }

  /** Makes a Taxi environment of {@code version} from resolved options. */
  static Environment create(String id, Version version, EnvOptions options) {
    boolean rainy = options.bool("is_rainy");
    boolean fickle = options.bool("fickle_passenger");
    double rainyProbability = version == Version.V4 ? options.real("rainy_probability") : 0.8;
    double fickleProbability = version == Version.V4 ? options.real("fickle_probability") : 0.3;
    TabularModel table =
        table(version, rainy, rainyProbability, options.steps("max_episode_steps"));
    TabularModel dynamics = fickle ? withFicklePassenger(table, fickleProbability) : table;
    String[] map = version == Version.V2 ? MAP_V2 : MAP;
    return new Environment(
        id,
        options,
        table,
        dynamics,
        ACTION_NAMES,
        (s, color) -> render(map, s, color),
        GridLayouts.taxi(map));
  }

  /** Gymnasium's {@code _render_text} with no last action. */
  static String render(String[] map, int state, boolean color) {
    String[][] out = new String[map.length][];
    for (int i = 0; i < map.length; i++) {
      out[i] = new String[map[i].length()];
      for (int j = 0; j < map[i].length(); j++) {
        out[i][j] = String.valueOf(map[i].charAt(j));
      }
    }
    int[] d = decode(state);
    int taxiRow = d[0];
    int taxiCol = d[1];
    int pass = d[2];
    int dest = d[3];
    StringBuilder text = new StringBuilder();
    if (color) {
      if (pass < 4) {
        out[1 + taxiRow][2 * taxiCol + 1] =
            Ansi.colorize(out[1 + taxiRow][2 * taxiCol + 1], Ansi.YELLOW, false, true);
        int pi = LOCS[pass][0];
        int pj = LOCS[pass][1];
        out[1 + pi][2 * pj + 1] = Ansi.colorize(out[1 + pi][2 * pj + 1], Ansi.BLUE, true, false);
      } else {
        String cell = out[1 + taxiRow][2 * taxiCol + 1];
        out[1 + taxiRow][2 * taxiCol + 1] =
            Ansi.colorize(cell.equals(" ") ? "_" : cell, Ansi.GREEN, false, true);
      }
      int di = LOCS[dest][0];
      int dj = LOCS[dest][1];
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
              pass == 4 ? "in the taxi" : "at " + LOC_NAMES[pass],
              LOC_NAMES[dest]));
    }
    text.append('\n');
    return text.toString();
  }
}
