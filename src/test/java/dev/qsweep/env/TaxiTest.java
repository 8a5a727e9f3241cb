package dev.qsweep.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import dev.qsweep.env.Rows.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TaxiTest {
  private static final int SOUTH = 0;
  private static final int NORTH = 1;
  private static final int EAST = 2;
  private static final int WEST = 3;
  private static final int PICKUP = 4;
  private static final int DROPOFF = 5;

  private static TabularModel v3() {
    return Environments.make("Taxi-v3").table();
  }

  private static int cell(int row, int col, int pass, int dest) {
    return Taxi.encode(row, col, pass, dest);
  }

  @Test
  void taxiV3_equalsGymnasiumsOwnTable_rowForRow() {
    List<String> reference =
        Splitter.on('\n').omitEmptyStrings().splitToList(GymnasiumReference.taxiV3Csv());
    TabularModel m = v3();
    assertEquals(reference.size() - 1, m.outcomeCount());
    for (int line = 1; line < reference.size(); line++) {
      String[] f = reference.get(line).split(",", -1);
      int k = line - 1;
      int row = Integer.parseInt(f[0]) * 6 + Integer.parseInt(f[1]);
      assertEquals(k, m.firstOutcome(row), "line " + line);
      assertEquals(Double.parseDouble(f[2]), m.probability(k), "line " + line);
      assertEquals(Integer.parseInt(f[3]), m.nextState(k), "line " + line);
      assertEquals(Double.parseDouble(f[4]), m.reward(k), "line " + line);
      assertEquals(f[5].equals("1"), m.isTerminal(k), "line " + line);
    }
  }

  @Test
  void taxiV3_initialDistribution_isGymnasiums300StatesUniform() {
    TabularModel m = v3();
    List<Integer> expected = GymnasiumReference.taxiV3InitialStates();
    List<Integer> actual = new ArrayList<>();
    for (int j = 0; j < m.initialStateCount(); j++) {
      actual.add(m.initialState(j));
      assertEquals(1.0 / 300, m.initialProbability(j), 1e-15);
    }
    assertEquals(expected, actual);
    assertEquals(300, actual.size());
    assertEquals(GymnasiumReference.taxiV3Field("max_episode_steps"), m.maxEpisodeSteps());
  }

  @Test
  void encode_tutorialsExampleState_is328() {
    assertEquals(328, Taxi.encode(3, 1, 2, 0));
    assertEquals(List.of(3, 1, 2, 0), List.of(3, 1, 2, 0));
    int[] d = Taxi.decode(328);
    assertEquals(3, d[0]);
    assertEquals(1, d[1]);
    assertEquals(2, d[2]);
    assertEquals(0, d[3]);
  }

  @Test
  void taxiV2_state328_isTheTutorialsPrintout() {
    // The tutorial prints env.P[328]: {0: 428, 1: 228, 2: 348, 3: 328, 4: 328 (-10), 5: 328 (-10)}.
    TabularModel m = Environments.make("Taxi-v2").table();
    assertEquals(List.of(new Outcome(1.0, 428, -1, false)), Rows.of(m, 328, SOUTH));
    assertEquals(List.of(new Outcome(1.0, 228, -1, false)), Rows.of(m, 328, NORTH));
    assertEquals(List.of(new Outcome(1.0, 348, -1, false)), Rows.of(m, 328, EAST));
    assertEquals(List.of(new Outcome(1.0, 328, -1, false)), Rows.of(m, 328, WEST));
    assertEquals(List.of(new Outcome(1.0, 328, -10, false)), Rows.of(m, 328, PICKUP));
    assertEquals(List.of(new Outcome(1.0, 328, -10, false)), Rows.of(m, 328, DROPOFF));
  }

  @Test
  void taxiV2_differsFromV3_onlyAtTheRowOneWall() {
    TabularModel v2 = Environments.make("Taxi-v2").table();
    TabularModel v3 = v3();
    List<String> differences = new ArrayList<>();
    for (int k = 0; k < v3.outcomeCount(); k++) {
      if (v2.nextState(k) != v3.nextState(k)) {
        int[] d = Taxi.decode(k / 6);
        differences.add(d[0] + "," + d[1] + ":" + Taxi.ACTION_NAMES.get(k % 6));
      }
    }
    // 20 passenger/destination combinations x (east from column 1, west from column 2).
    assertEquals(40, differences.size());
    assertTrue(differences.stream().allMatch(s -> s.equals("1,1:East") || s.equals("1,2:West")));
    assertEquals(cell(1, 2, 0, 1), v2.nextState(cell(1, 1, 0, 1) * 6 + EAST));
    assertEquals(cell(1, 1, 0, 1), v3.nextState(cell(1, 1, 0, 1) * 6 + EAST));
  }

  @Test
  void pickupAndDropoff_rewardsAndTermination() {
    TabularModel m = v3();
    // Taxi at R (0,0) with the passenger at R: pickup puts the passenger in the taxi.
    assertEquals(
        List.of(new Outcome(1, cell(0, 0, 4, 1), -1, false)), Rows.of(m, cell(0, 0, 0, 1), PICKUP));
    // Passenger aboard at the destination G (0,4): drop-off ends the episode with +20.
    assertEquals(
        List.of(new Outcome(1, cell(0, 4, 1, 1), 20, true)), Rows.of(m, cell(0, 4, 4, 1), DROPOFF));
    // Passenger aboard at another stand (Y): drop-off leaves them there, -1, not terminal.
    assertEquals(
        List.of(new Outcome(1, cell(4, 0, 2, 1), -1, false)),
        Rows.of(m, cell(4, 0, 4, 1), DROPOFF));
    // Drop-off off a stand is illegal.
    assertEquals(
        List.of(new Outcome(1, cell(2, 2, 4, 1), -10, false)),
        Rows.of(m, cell(2, 2, 4, 1), DROPOFF));
    int row = cell(2, 2, 4, 1) * 6 + DROPOFF;
    assertTrue(m.isPenalty(m.firstOutcome(row)));
    assertTrue(m.isSuccess(m.firstOutcome(cell(0, 4, 4, 1) * 6 + DROPOFF)));
  }

  @Test
  void penalties_areExactlyTheMinusTenOutcomes() {
    TabularModel m = Environments.make("Taxi-v4", Map.of("is_rainy", "true")).table();
    for (int k = 0; k < m.outcomeCount(); k++) {
      assertEquals(m.reward(k) == -10, m.isPenalty(k), "outcome " + k);
      assertEquals(m.isTerminal(k), m.isSuccess(k), "outcome " + k);
    }
  }

  @Test
  void rainyV3_reproducesGymnasium123_includingIssue1510sExample() {
    TabularModel m = Environments.make("Taxi-v3", Map.of("is_rainy", "true")).table();
    int s = cell(1, 3, 0, 1);
    // Issue #1510 lists these outcomes of 1.2.3 at (1, 3): intended, "left", "right".
    assertEquals(
        List.of(cell(2, 3, 0, 1), cell(1, 2, 0, 1), cell(1, 4, 0, 1)),
        Rows.nextStates(m, s, SOUTH));
    assertEquals(
        List.of(cell(0, 3, 0, 1), cell(1, 2, 0, 1), cell(1, 4, 0, 1)),
        Rows.nextStates(m, s, NORTH));
    assertEquals(
        List.of(cell(1, 4, 0, 1), cell(2, 3, 0, 1), cell(0, 3, 0, 1)), Rows.nextStates(m, s, EAST));
    assertEquals(
        List.of(cell(1, 2, 0, 1), cell(2, 3, 0, 1), cell(0, 3, 0, 1)), Rows.nextStates(m, s, WEST));
    assertEquals(List.of(0.8, 0.1, 0.1), Rows.probabilities(m, s, SOUTH));
    for (Outcome o : Rows.of(m, s, EAST)) {
      assertEquals(-1, o.reward());
      assertFalse(o.terminal());
    }
    // Pickup and drop-off stay deterministic.
    assertEquals(1, Rows.of(m, s, PICKUP).size());
  }

  @Test
  void rainyV3_blockedEastStaysPut_butBlockedSouthStillSlips() {
    TabularModel m = Environments.make("Taxi-v3", Map.of("is_rainy", "true")).table();
    // B stand (4, 3): a wall to the west, the border to the south (issue #1509's example).
    int s = cell(4, 3, 0, 1);
    int here = s;
    assertEquals(List.of(here, here, here), Rows.nextStates(m, s, WEST));
    assertEquals(List.of(here, here, cell(4, 4, 0, 1)), Rows.nextStates(m, s, SOUTH));
  }

  @Test
  void rainyV3_verticalSlipBlockedByAnUnrelatedWall_asIn123() {
    TabularModel m = Environments.make("Taxi-v3", Map.of("is_rainy", "true")).table();
    // East from (4, 3): the north slip to (3, 3) checks desc[4][6] ('|' between (3,2) and (3,3))
    // in 1.2.3 and is blocked, the bug PR #1533 describes.
    int s = cell(4, 3, 0, 1);
    assertEquals(List.of(cell(4, 4, 0, 1), s, s), Rows.nextStates(m, s, EAST));
  }

  /** Cells a row of Taxi-v4's rainy table reaches, in outcome order. */
  private static List<List<Integer>> cells(TabularModel m, int state, int action) {
    List<List<Integer>> cells = new ArrayList<>();
    for (int next : Rows.nextStates(m, state, action)) {
      int[] d = Taxi.decode(next);
      cells.add(List.of(d[0], d[1]));
    }
    return cells;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Gymnasium 1.3.0's test_rainy_transition_targets: ahead, left of travel, right of travel;
        // three outcomes that all stay put where the way ahead is blocked.
        "0|0|[[1, 0], [0, 1], [0, 0]]|[[0, 0], [0, 0], [0, 0]]|[[0, 1], [0, 0], [1, 0]]"
            + "|[[0, 0], [0, 0], [0, 0]]",
        "4|3|[[4, 3], [4, 3], [4, 3]]|[[3, 3], [4, 3], [4, 4]]|[[4, 4], [3, 3], [4, 3]]"
            + "|[[4, 3], [4, 3], [4, 3]]",
        "1|3|[[2, 3], [1, 4], [1, 2]]|[[0, 3], [1, 2], [1, 4]]|[[1, 4], [0, 3], [2, 3]]"
            + "|[[1, 2], [2, 3], [0, 3]]",
        "1|4|[[2, 4], [1, 4], [1, 3]]|[[0, 4], [1, 3], [1, 4]]|[[1, 4], [1, 4], [1, 4]]"
            + "|[[1, 3], [2, 4], [0, 4]]",
        "0|2|[[1, 2], [0, 3], [0, 2]]|[[0, 2], [0, 2], [0, 2]]|[[0, 3], [0, 2], [1, 2]]"
            + "|[[0, 2], [0, 2], [0, 2]]",
      })
  void rainyV4_movesMatchGymnasium130sOwnTest(
      int row, int col, String south, String north, String east, String west) {
    TabularModel m = Environments.make("Taxi-v4", Map.of("is_rainy", "true")).table();
    int s = cell(row, col, 0, 1);
    assertEquals(south, cells(m, s, SOUTH).toString());
    assertEquals(north, cells(m, s, NORTH).toString());
    assertEquals(east, cells(m, s, EAST).toString());
    assertEquals(west, cells(m, s, WEST).toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Rows of P as Gymnasium 1.3.0 builds them (written by Gymnasium itself, see
        // src/test/resources/gymnasium/README.md): state 0 is (0, 0), passenger at R, dest R.
        "0.8|0|0,0,0.8,100,-1,0;0,0,0.09999999999999998,20,-1,0;0,0,0.09999999999999998,0,-1,0",
        // North from the top row: blocked, so all three outcomes stay put.
        "0.8|1|0,1,0.8,0,-1,0;0,1,0.09999999999999998,0,-1,0;0,1,0.09999999999999998,0,-1,0",
        "0.6|0|0,0,0.6,100,-1,0;0,0,0.2,20,-1,0;0,0,0.2,0,-1,0",
        "0.6|3|0,3,0.6,0,-1,0;0,3,0.2,0,-1,0;0,3,0.2,0,-1,0",
        "0.8|4|0,4,1.0,16,-1,0",
      })
  void rainyV4_rowsAreGymnasium130s_floatsIncluded(double p, int action, String expected) {
    TabularModel m =
        Environments.make(
                "Taxi-v4", Map.of("is_rainy", "true", "rainy_probability", Double.toString(p)))
            .table();
    List<String> lines = Splitter.on('\n').splitToList(ModelCsv.of(m));
    // Line 1 is the header; row (0, a) starts after 3 lines per movement action before it.
    int first = 1 + 3 * Math.min(action, 4);
    int count = action < 4 ? 3 : 1;
    assertEquals(expected, String.join(";", lines.subList(first, first + count)));
  }

  @ParameterizedTest
  @CsvSource({
    "/gymnasium/taxi-v4/P-rainy.csv.gz, 0.8",
    "/gymnasium/taxi-v4/P-rainy-0.6.csv.gz, 0.6"
  })
  void rainyV4_equalsGymnasium130sTable_rowForRow(String resource, String rainyProbability) {
    String expected = GymnasiumReference.gzipResource(resource);
    String actual =
        ModelCsv.of(
            Environments.make(
                    "Taxi-v4", Map.of("is_rainy", "true", "rainy_probability", rainyProbability))
                .table());
    List<String> want = Splitter.on('\n').splitToList(expected);
    List<String> got = Splitter.on('\n').splitToList(actual);
    for (int line = 0; line < Math.min(want.size(), got.size()); line++) {
      assertEquals(want.get(line), got.get(line), "line " + (line + 1));
    }
    assertEquals(want.size(), got.size());
  }

  @Test
  void rainyV4_everyMove_hasThreeOutcomes_withTheRainyProbabilities() {
    TabularModel m = Environments.make("Taxi-v4", Map.of("is_rainy", "true")).table();
    for (int s = 0; s < 500; s++) {
      for (int a = 0; a < 4; a++) {
        assertEquals(List.of(0.8, (1 - 0.8) / 2, (1 - 0.8) / 2), Rows.probabilities(m, s, a));
      }
      assertEquals(1, Rows.of(m, s, PICKUP).size());
    }
  }

  @Test
  void dryTables_areEqualAcrossV3AndV4() {
    assertEquals(ModelCsv.of(v3()), ModelCsv.of(Environments.make("Taxi-v4").table()));
  }

  @Test
  void rainyTables_differBetweenV3AndV4() {
    assertNotEquals(
        ModelCsv.of(Environments.make("Taxi-v3", Map.of("is_rainy", "true")).table()),
        ModelCsv.of(Environments.make("Taxi-v4", Map.of("is_rainy", "true")).table()));
  }

  @Test
  void ficklePassenger_leavesGymnasiumsTableAlone_andAddsAHiddenFlag() {
    Environment e = Environments.make("Taxi-v3", Map.of("fickle_passenger", "true"));
    assertEquals(ModelCsv.of(v3()), ModelCsv.of(e.table()));
    TabularModel d = e.dynamics();
    assertEquals(1000, d.stateCount());
    assertEquals(500, d.observationCount());
    assertEquals(328, d.observationOf(828));
    assertEquals(500, e.observationCount());
    // The flag is drawn at reset: 0.3 of each start state's 1/300 is pending.
    double pending = 0;
    for (int j = 0; j < d.initialStateCount(); j++) {
      if (d.initialState(j) >= 500) {
        pending += d.initialProbability(j);
      }
    }
    assertEquals(0.3, pending, 1e-12);
  }

  @Test
  void ficklePassenger_firstMoveAboard_redrawsTheDestinationAmongTheOtherThree() {
    TabularModel d = Environments.make("Taxi-v3", Map.of("fickle_passenger", "true")).dynamics();
    int aboard = cell(2, 2, 4, 1);
    // Pending: moving north changes the destination to R, Y or B with 1/3 each; flag cleared.
    assertEquals(
        List.of(
            new Outcome(1.0 / 3, cell(1, 2, 4, 0), -1, false),
            new Outcome(1.0 / 3, cell(1, 2, 4, 2), -1, false),
            new Outcome(1.0 / 3, cell(1, 2, 4, 3), -1, false)),
        Rows.of(d, aboard + 500, NORTH));
    // Pending but not moving (a wall): nothing changes and the flag stays.
    int walled = cell(0, 1, 4, 1);
    assertEquals(List.of(new Outcome(1, walled + 500, -1, false)), Rows.of(d, walled + 500, EAST));
    // Passenger not aboard: moves keep the flag.
    int waiting = cell(2, 2, 0, 1);
    assertEquals(
        List.of(new Outcome(1, cell(1, 2, 0, 1) + 500, -1, false)),
        Rows.of(d, waiting + 500, NORTH));
    // No flag: plain Taxi.
    assertEquals(List.of(new Outcome(1, cell(1, 2, 4, 1), -1, false)), Rows.of(d, aboard, NORTH));
  }

  @Test
  void ficklePassengerV4_usesFickleProbability() {
    TabularModel d =
        Environments.make("Taxi-v4", Map.of("fickle_passenger", "true", "fickle_probability", "1"))
            .dynamics();
    for (int j = 0; j < d.initialStateCount(); j++) {
      assertTrue(d.initialState(j) >= 500);
    }
  }

  @Test
  void render_ansiMatchesGymnasiumsColors() {
    String expected =
        "+---------+\n"
            + "|\u001b[35mR\u001b[0m: | : :G|\n"
            + "| : | : : |\n"
            + "| : : : : |\n"
            + "| |\u001b[43m \u001b[0m: | : |\n"
            + "|\u001b[34;1mY\u001b[0m| : |B: |\n"
            + "+---------+\n"
            + "\n";
    assertEquals(expected, Environments.make("Taxi-v3").render(328, true));
  }

  @Test
  void render_passengerAboard_underlinesTheTaxiInGreen() {
    String text = Environments.make("Taxi-v3").render(cell(2, 2, 4, 1), true);
    assertTrue(text.contains("\u001b[42m_\u001b[0m"), text);
    assertTrue(text.contains("\u001b[35mG\u001b[0m"), text);
  }

  @Test
  void render_noColor_hasNoEscapesAndALegend() {
    String text = Environments.make("Taxi-v2").render(328, false);
    assertFalse(text.contains("\u001b"));
    assertTrue(text.contains("| : : : : |"), "v2's map: " + text);
    assertTrue(text.contains("taxi at (3, 1), passenger at Y, destination R"), text);
  }
}
