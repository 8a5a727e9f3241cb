package dev.qsweep.env;

import java.util.List;

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
  static final int MAX_ROW = 4;
  static final int MAX_COL = 4;

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
                TaxiRain.v4(b, map, row, col, pass, dest, action, rainyProbability);
              } else {
                TaxiRain.v3(b, map, row, col, pass, dest, action);
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

  private static int locationAt(int row, int col) {
    for (int i = 0; i < LOCS.length; i++) {
      if (LOCS[i][0] == row && LOCS[i][1] == col) {
        return i;
      }
    }
    return -1;
  }

  /** Makes a Taxi environment of {@code version} from resolved options. */
  static Environment create(String id, Version version, EnvOptions options) {
    boolean rainy = options.bool("is_rainy");
    boolean fickle = options.bool("fickle_passenger");
    double rainyProbability = version == Version.V4 ? options.real("rainy_probability") : 0.8;
    double fickleProbability = version == Version.V4 ? options.real("fickle_probability") : 0.3;
    TabularModel table =
        table(version, rainy, rainyProbability, options.steps("max_episode_steps"));
    TabularModel dynamics =
        fickle ? TaxiFickle.withFicklePassenger(table, fickleProbability) : table;
    String[] map = version == Version.V2 ? MAP_V2 : MAP;
    return new Environment(
        id,
        options,
        table,
        dynamics,
        ACTION_NAMES,
        (s, color) -> TaxiText.render(map, s, color),
        GridLayouts.taxi(map));
  }
}
