package dev.qsweep.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.Configuration;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Schedule;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

final class SearchSpaceTest {
  static SearchSpaceBuilder taxi() {
    return SearchSpace.builder("taxi-search")
        .env("Taxi-v3")
        .learner("q-learning")
        .alpha(Dimension.uniform(0.1, 0.9))
        .gamma(Dimension.uniform(0.6, 0.99))
        .epsilon(Dimension.logUniform(0.01, 0.4))
        .episodes(300)
        .replicates(2)
        .seed(2018);
  }

  @Test
  void draw_dependsOnlyOnSeedStrategyAndIndex() {
    SearchSpace space = taxi().build();
    Point fifth = space.draw("random", 5);
    for (int i = 0; i < 5; i++) {
      space.draw("random", i); // drawing others first changes nothing: no shared stream
    }
    assertEquals(fifth, space.draw("random", 5));
    assertEquals(fifth, taxi().build().draw("random", 5));
    assertNotEquals(fifth, space.draw("random", 6));
    assertNotEquals(fifth, space.draw("hyperband", 5));
    assertNotEquals(fifth, taxi().seed(2019).build().draw("random", 5));
  }

  @Test
  void configuration_valuesInTheirRanges() {
    SearchSpace space = taxi().build();
    for (int i = 0; i < 200; i++) {
      Configuration c = space.configuration(space.draw("random", i), "c" + i, i, 300);
      double alpha = c.alpha().valueAt(0);
      double gamma = c.gamma().valueAt(0);
      double epsilon = c.epsilon().valueAt(0);
      assertTrue(alpha >= 0.1 && alpha <= 0.9, "alpha " + alpha);
      assertTrue(gamma >= 0.6 && gamma <= 0.99, "gamma " + gamma);
      assertTrue(epsilon >= 0.01 && epsilon <= 0.4, "epsilon " + epsilon);
      assertEquals(300, c.episodes());
    }
  }

  @Test
  void choicesAndTemplates_becomeLearnerOptionsAndSchedules() {
    SearchSpace space =
        SearchSpace.builder("choices")
            .env("Taxi-v4")
            .envOption("is_rainy", "false", "true")
            .learner("q-learning", "sarsa")
            .alpha(Dimension.uniform(0.1, 0.9))
            .gamma(p -> Schedule.constant(0.9))
            .dimension("eps_rate", Dimension.logUniform(0.99, 0.9999))
            .epsilon(p -> Schedule.exponential(1.0, p.value("eps_rate"), 0.01))
            .episodes(100)
            .build();
    assertEquals(List.of("is_rainy", "learner", "alpha", "eps_rate"), space.dimensionNames());
    Configuration c = space.configuration(space.point(0.9, 0.9, 0, 0), "c1", 0, 100);
    assertEquals(Algorithm.SARSA, c.algorithm());
    assertEquals("true", c.envOptions().get("is_rainy"));
    assertEquals(Schedule.exponential(1.0, 0.99, 0.01), c.epsilon());
    Configuration d = space.configuration(space.point(0, 0, 0, 0), "c2", 1, 100);
    assertEquals(Algorithm.Q_LEARNING, d.algorithm());
    assertTrue(d.envOptions().isEmpty(), d.envOptions().toString());
  }

  @Test
  void sweep_fixedSettingsStatedOnce_andSweptAxesNamedAsAGridNamesThem() {
    SearchSpace space = taxi().evalEvery(100).curveBins(20).build();
    assertEquals("taxi-search", space.name());
    assertEquals(2, space.replicates());
    assertEquals(2018, space.seed());
    assertEquals(100, space.evalEvery());
    assertEquals(20, space.curveBins());
    assertFalse(space.withoutTimeLimit());
    assertEquals(List.of("alpha", "gamma", "epsilon"), space.sweptAxes());
    assertEquals(0, taxi().build().evalEvery(), "no evaluation during training by default");

    SearchSpace fixed =
        SearchSpace.builder("fixed")
            .env("Taxi-v4")
            .envOption("is_rainy", "false", "true")
            .learner("q-learning", "sarsa")
            .alpha(Dimension.uniform(0.1, 0.9))
            .gamma(0.9)
            .epsilon(Schedule.linear(1.0, 0.05, 50))
            .episodes(100)
            .build();
    assertEquals(List.of("env", "learner", "alpha"), fixed.sweptAxes());
    Configuration c = fixed.configuration(fixed.point(0.5, 0.5, 0.5), "c1", 0, 100);
    assertEquals(Schedule.constant(0.9), c.gamma());
    assertEquals(Schedule.linear(1.0, 0.05, 50), c.epsilon());
  }

  @Test
  void withoutTimeLimit_whenTheEnvironmentOrASearchedOptionHasNone() {
    assertFalse(lake(Map.of()).build().withoutTimeLimit());
    assertTrue(lake(Map.of("max_episode_steps", "0")).build().withoutTimeLimit());
    assertTrue(
        lake(Map.of()).envOption("max_episode_steps", "100", "0").build().withoutTimeLimit());
    assertFalse(
        lake(Map.of()).envOption("max_episode_steps", "100", "50").build().withoutTimeLimit());
  }

  private static SearchSpaceBuilder lake(Map<String, String> options) {
    return SearchSpace.builder("lake")
        .env("FrozenLake-v1", options)
        .learner("q-learning")
        .alpha(Dimension.uniform(0.1, 0.9))
        .gamma(0.99)
        .epsilon(0.1)
        .episodes(10);
  }

  @Test
  void badSpaces_refusedNamingTheValue() {
    assertRefused(
        "alpha 0 is out of range", () -> SearchSpace.builder("x").alpha(Dimension.uniform(0, 0.5)));
    assertRefused(
        "gamma 1.5 is out of range",
        () -> SearchSpace.builder("x").gamma(Dimension.uniform(0.5, 1.5)));
    assertRefused(
        "epsilon: give a numeric range",
        () -> SearchSpace.builder("x").epsilon(Dimension.choice("a")));
    assertRefused("alpha: already set", () -> taxi().alpha(Dimension.uniform(0.1, 0.2)));
    assertRefused("env: not set", () -> SearchSpace.builder("x").build());
    assertRefused("episodes: 0 is not allowed", () -> SearchSpace.builder("x").episodes(0));
    assertRefused(
        "dimension eps_rate is declared twice",
        () ->
            SearchSpace.builder("x")
                .dimension("eps_rate", Dimension.uniform(0.1, 0.2))
                .dimension("eps_rate", Dimension.uniform(0.1, 0.2)));
    assertRefused(
        "epsilon exp(2,0.99,0.01) reaches 2",
        () ->
            SearchSpace.builder("x")
                .env("Taxi-v3")
                .learner("q-learning")
                .alpha(Dimension.uniform(0.1, 0.9))
                .gamma(p -> Schedule.constant(0.9))
                .dimension("start", Dimension.uniform(1, 2))
                .epsilon(p -> Schedule.exponential(p.value("start"), 0.99, 0.01))
                .episodes(10)
                .build());
  }

  static void assertRefused(String message, Supplier<?> build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::get);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
