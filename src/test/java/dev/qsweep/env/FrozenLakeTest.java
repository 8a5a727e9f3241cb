package dev.qsweep.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Rows.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class FrozenLakeTest {
  private static final int LEFT = 0;
  private static final int DOWN = 1;
  private static final int RIGHT = 2;
  private static final int UP = 3;
  private static final double THIRD = 1.0 / 3.0;
  // Gymnasium's fail_rate = (1 - success_rate) / 2, which is 0.33333333333333337 in floats.
  private static final double FAIL = (1.0 - 1.0 / 3.0) / 2.0;

  @Test
  void defaults_areGymnasiums4x4SlipperyMapWithLimit100() {
    Environment e = Environments.make("FrozenLake-v1");
    TabularModel m = e.table();
    assertEquals(16, m.stateCount());
    assertEquals(4, m.actionCount());
    assertEquals(100, m.maxEpisodeSteps());
    assertEquals(1, m.initialStateCount());
    assertEquals(0, m.initialState(0));
    assertEquals(200, Environments.make("FrozenLake8x8-v1").table().maxEpisodeSteps());
    assertEquals(64, Environments.make("FrozenLake8x8-v1").table().stateCount());
  }

  @Test
  void slippery_triesLeftOfActionThenActionThenRight_aThirdEach() {
    TabularModel m = Environments.make("FrozenLake-v1").table();
    // From 0 going down: moves (down-1)%4 = left (clamped, stays 0), down (4), right (1).
    assertEquals(
        List.of(
            new Outcome(FAIL, 0, 0, false),
            new Outcome(THIRD, 4, 0, false),
            new Outcome(FAIL, 1, 0, false)),
        Rows.of(m, 0, DOWN));
    // From 0 going left: moves up (stays), left (stays), down (4).
    assertEquals(List.of(0, 0, 4), Rows.nextStates(m, 0, LEFT));
  }

  @Test
  void holes_terminateWithoutReward_andArePenalties() {
    TabularModel m = Environments.make("FrozenLake-v1", Map.of("is_slippery", "false")).table();
    // From 1 going down lands in the hole at 5.
    int k = m.firstOutcome(1 * 4 + DOWN);
    assertEquals(5, m.nextState(k));
    assertTrue(m.isTerminal(k));
    assertTrue(m.isPenalty(k));
    assertFalse(m.isSuccess(k));
    assertEquals(0.0, m.reward(k));
  }

  @Test
  void goal_terminatesWithRewardOne_andIsSuccess() {
    TabularModel m = Environments.make("FrozenLake-v1", Map.of("is_slippery", "false")).table();
    int k = m.firstOutcome(14 * 4 + RIGHT);
    assertEquals(List.of(new Outcome(1, 15, 1, true)), Rows.of(m, 14, RIGHT));
    assertTrue(m.isSuccess(k));
  }

  @Test
  void terminalTiles_loopOnThemselvesWithRewardZero() {
    TabularModel m = Environments.make("FrozenLake-v1").table();
    for (int a = 0; a < 4; a++) {
      assertEquals(List.of(new Outcome(1, 5, 0, true)), Rows.of(m, 5, a));
      assertEquals(List.of(new Outcome(1, 15, 0, true)), Rows.of(m, 15, a));
    }
  }

  @Test
  void successRate_givesTheIntendedMoveItsProbability() {
    TabularModel m = Environments.make("FrozenLake-v1", Map.of("success_rate", "0.8")).table();
    List<Double> p = Rows.probabilities(m, 6, UP);
    assertEquals(0.09999999999999998, p.get(0));
    assertEquals(0.8, p.get(1));
    assertEquals(0.09999999999999998, p.get(2));
  }

  @Test
  void rewardSchedule_paysGoalHoleAndFrozen() {
    TabularModel m =
        Environments.make(
                "FrozenLake-v1", Map.of("is_slippery", "false", "reward_schedule", "10,-5,-0.5"))
            .table();
    assertEquals(10.0, Rows.of(m, 14, RIGHT).get(0).reward());
    assertEquals(-5.0, Rows.of(m, 1, DOWN).get(0).reward());
    assertEquals(-0.5, Rows.of(m, 0, RIGHT).get(0).reward());
    // Moving onto S counts as F.
    assertEquals(-0.5, Rows.of(m, 1, LEFT).get(0).reward());
  }

  @Test
  void customDesc_overridesMapName_andStartsOnS() {
    Environment e =
        Environments.make(
            "FrozenLake-v1", Map.of("desc", "FSH/FFG", "map_name", "8x8", "is_slippery", "false"));
    TabularModel m = e.table();
    assertEquals(6, m.stateCount());
    assertEquals(1, m.initialState(0));
    assertEquals(List.of(new Outcome(1, 2, 0, true)), Rows.of(m, 1, RIGHT));
    assertEquals(List.of(new Outcome(1, 5, 1, true)), Rows.of(m, 4, RIGHT));
  }

  @Test
  void badDesc_rejectedWithWhatIsAllowed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Environments.make("FrozenLake-v1", Map.of("desc", "SFX,FFG")));
    assertTrue(e.getMessage().contains("desc=SFX,FFG"), e.getMessage());
    assertTrue(e.getMessage().contains("rows of S/F/H/G"), e.getMessage());
    IllegalArgumentException noStart =
        assertThrows(
            IllegalArgumentException.class,
            () -> Environments.make("FrozenLake-v1", Map.of("desc", "FF,FG")));
    assertTrue(noStart.getMessage().contains("no start tile S"), noStart.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Environments.make("FrozenLake-v1", Map.of("desc", "SFF,FG")));
  }

  @Test
  void eightByEight_isGymnasiumsMap() {
    TabularModel m = Environments.make("FrozenLake8x8-v1", Map.of("is_slippery", "false")).table();
    // Row 2 "FFFHFFFF": state 19 is a hole.
    int k = m.firstOutcome(18 * 4 + RIGHT);
    assertEquals(19, m.nextState(k));
    assertTrue(m.isPenalty(k));
    assertTrue(m.isSuccess(m.firstOutcome(62 * 4 + RIGHT)));
  }

  @Test
  void render_marksTheAgentInRed() {
    String text = Environments.make("FrozenLake-v1").render(5, true);
    assertEquals("\nSFFF\nF\u001b[41mH\u001b[0mFH\nFFFH\nHFFG\n", text);
    assertEquals(
        "\nSFFF\nF[H]FH\nFFFH\nHFFG\n", Environments.make("FrozenLake-v1").render(5, false));
  }
}
