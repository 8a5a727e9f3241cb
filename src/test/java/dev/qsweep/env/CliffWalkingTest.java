package dev.qsweep.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Rows.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class CliffWalkingTest {
  private static final int UP = 0;
  private static final int RIGHT = 1;
  private static final int DOWN = 2;
  private static final int LEFT = 3;

  @Test
  void start_is36_andTheLimitIsQsweepsStatedDefault() {
    TabularModel m = Environments.make("CliffWalking-v1").table();
    assertEquals(48, m.stateCount());
    assertEquals(36, m.initialState(0));
    assertEquals(1, m.initialStateCount());
    assertEquals(Environments.CLIFF_WALKING_MAX_EPISODE_STEPS, m.maxEpisodeSteps());
    assertTrue(m.isDeterministic());
  }

  @Test
  void cliff_sendsBackToStartWithMinus100_notTerminal_aPenalty() {
    TabularModel m = Environments.make("CliffWalking-v1").table();
    assertEquals(List.of(new Outcome(1, 36, -100, false)), Rows.of(m, 36, RIGHT));
    assertEquals(List.of(new Outcome(1, 36, -100, false)), Rows.of(m, 25, DOWN));
    assertTrue(m.isPenalty(m.firstOutcome(36 * 4 + RIGHT)));
  }

  @Test
  void goal_terminatesWithMinusOne_andIsSuccess() {
    TabularModel m = Environments.make("CliffWalking-v1").table();
    assertEquals(List.of(new Outcome(1, 47, -1, true)), Rows.of(m, 35, DOWN));
    assertTrue(m.isSuccess(m.firstOutcome(35 * 4 + DOWN)));
  }

  @Test
  void borders_clamp() {
    TabularModel m = Environments.make("CliffWalking-v1").table();
    assertEquals(List.of(new Outcome(1, 0, -1, false)), Rows.of(m, 0, UP));
    assertEquals(List.of(new Outcome(1, 0, -1, false)), Rows.of(m, 0, LEFT));
    assertEquals(List.of(new Outcome(1, 36, -1, false)), Rows.of(m, 36, DOWN));
  }

  @Test
  void slippery_triesLeftOfActionThenActionThenRight_aThirdEach() {
    TabularModel m = Environments.make("CliffWalkingSlippery-v1").table();
    // From 24 going right: up (12), right (25), down (36: the start, not the cliff).
    assertEquals(
        List.of(
            new Outcome(1.0 / 3, 12, -1, false),
            new Outcome(1.0 / 3, 25, -1, false),
            new Outcome(1.0 / 3, 36, -1, false)),
        Rows.of(m, 24, RIGHT));
    // From 25 going right: up (13), right (26), down: the cliff.
    assertEquals(new Outcome(1.0 / 3, 36, -100, false), Rows.of(m, 25, RIGHT).get(2));
    assertFalse(
        Environments.make("CliffWalking-v1", Map.of("is_slippery", "true"))
            .table()
            .isDeterministic());
  }

  @Test
  void render_isGymnasiumsText() {
    String expected =
        "o  o  o  o  o  o  o  o  o  o  o  o\n"
            + "o  o  o  o  o  o  o  o  o  o  o  o\n"
            + "o  o  o  o  o  o  o  o  o  x  o  o\n"
            + "o  C  C  C  C  C  C  C  C  C  C  T\n"
            + "\n";
    assertEquals(expected, Environments.make("CliffWalking-v1").render(33, true));
  }
}
