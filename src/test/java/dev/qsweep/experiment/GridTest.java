package dev.qsweep.experiment;

import static dev.qsweep.schedule.Schedule.constant;
import static dev.qsweep.schedule.Schedule.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.qsweep.learn.Algorithm;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class GridTest {
  private static GridBuilder base() {
    return Grid.builder("t")
        .env("Taxi-v3")
        .learner("q-learning")
        .alpha(0.1)
        .gamma(0.6)
        .epsilon(0.1)
        .episodes(100);
  }

  @Test
  void expansion_nestsAxesInTheDocumentedOrder_andNumbersConfigurations() {
    Grid g =
        Grid.builder("order")
            .env("Taxi-v3")
            .env("FrozenLake-v1", Map.of("is_slippery", "false"))
            .learner("q-learning", "sarsa")
            .alpha(0.1, 0.5)
            .gamma(0.9)
            .epsilon(0.1)
            .episodes(10)
            .replicates(3)
            .seed(5)
            .build();
    assertEquals(8, g.configurationCount());
    assertEquals(24, g.trialCount());
    Configuration c1 = g.configuration(0);
    Configuration c2 = g.configuration(1);
    Configuration c3 = g.configuration(2);
    Configuration c5 = g.configuration(4);
    assertEquals("c001", c1.id());
    assertEquals("0.1", c1.alpha().text());
    assertEquals("0.5", c2.alpha().text());
    assertEquals(Algorithm.SARSA, c3.algorithm());
    assertEquals("FrozenLake-v1", c5.envId());
    assertEquals(Map.of("is_slippery", "false"), c5.envOptions());
    assertEquals("FrozenLake-v1(is_slippery=false)", c5.envLabel());
    assertEquals(List.of("env", "learner", "alpha"), g.sweptAxes());
  }

  @Test
  void trials_areConfigurationMajor_withStableIds() {
    Grid g = base().alpha(0.1, 0.2).replicates(12).build();
    // alpha(0.1) was given by base() too: values keep declaration order, duplicates included.
    assertEquals(3, g.configurationCount());
    Grid.Trial t = g.trial(13);
    assertEquals("c002-r01", t.id());
    assertEquals(1, t.spec().replicate());
    assertEquals(13, t.index());
    assertEquals("c001-r00", g.trial(0).id());
  }

  @Test
  void filter_dropsConfigurations_andIdsStayDense() {
    Grid g =
        base()
            .alpha(0.5, 0.9)
            .gamma(0.9)
            .filter(c -> !(c.alpha().valueAt(0) > 0.4 && c.gamma().valueAt(0) > 0.8))
            .build();
    assertEquals(4, g.configurationCount());
    assertEquals("c004", g.configuration(3).id());
  }

  @Test
  void stepCap_becomesTheTimeLimitOption() {
    Grid g = base().maxSteps(50, 200).build();
    assertEquals(Map.of("max_episode_steps", "50"), g.configuration(0).envOptions());
    // 200 is Taxi's own limit: the option is normalized away.
    assertEquals(Map.of(), g.configuration(1).envOptions());
    assertEquals(List.of("max_steps"), g.sweptAxes());
  }

  @Test
  void badValues_failWhenBuilt_namingTheAxisAndValue() {
    assertEquals(
        "alpha 1.5 is out of range; alpha must be in (0, 1]",
        assertThrows(IllegalArgumentException.class, () -> base().alpha(1.5)).getMessage());
    assertEquals(
        "gamma -0.1 is out of range; gamma must be in [0, 1]",
        assertThrows(IllegalArgumentException.class, () -> base().gamma(-0.1)).getMessage());
    assertEquals(
        "epsilon 2 is out of range; epsilon must be in [0, 1]",
        assertThrows(IllegalArgumentException.class, () -> base().epsilon(2)).getMessage());
    assertEquals(
        "episodes: 0 is not allowed; episodes must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> base().episodes(0)).getMessage());
    assertEquals(
        "replicates: 0 is not allowed; replicates must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> base().replicates(0)).getMessage());
    assertEquals(
        "env: unknown environment 'Nope-v1'; known: Taxi-v4, Taxi-v3, Taxi-v2, FrozenLake-v1,"
            + " FrozenLake8x8-v1, CliffWalking-v1, CliffWalkingSlippery-v1, or file:PATH for a P"
            + " table or an experiment's .java file",
        assertThrows(IllegalArgumentException.class, () -> base().env("Nope-v1")).getMessage());
    assertEquals(
        "env: option is_rainy=perhaps is not valid; expected true or false",
        assertThrows(
                IllegalArgumentException.class,
                () -> base().env("Taxi-v3", Map.of("is_rainy", "perhaps")))
            .getMessage());
  }

  @Test
  void emptyAxis_failsWhenBuilt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Grid.builder("t")
                    .env("Taxi-v3")
                    .learner("sarsa")
                    .alpha(0.1)
                    .epsilon(0.1)
                    .episodes(5)
                    .build());
    assertEquals("axis gamma is empty; give it at least one value", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> base().alpha(new double[0]));
  }

  @Test
  void scheduleLeavingItsRangeDuringTheRun_failsWhenBuilt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Grid.builder("t")
                    .env("Taxi-v3")
                    .learner("sarsa")
                    .alpha(linear(0.5, 0, 50))
                    .gamma(constant(0.9))
                    .epsilon(0.1)
                    .episodes(100)
                    .build());
    assertEquals(
        "alpha: alpha linear(0.5,0,50) reaches 0.0 at episode 99; alpha must be in (0, 1] at every"
            + " episode (over 100 episodes)",
        e.getMessage());
  }

  @Test
  void filterThatKeepsNothing_andBadNames_fail() {
    assertThrows(IllegalArgumentException.class, () -> base().filter(c -> false).build());
    assertThrows(IllegalArgumentException.class, () -> Grid.builder("a b"));
    assertThrows(IllegalArgumentException.class, () -> Grid.builder("../x"));
  }
}
