package dev.qsweep.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EnvironmentsTest {
  @Test
  void ids_areGymnasiumsInAStableOrder() {
    assertEquals(
        List.of(
            "Taxi-v4",
            "Taxi-v3",
            "Taxi-v2",
            "FrozenLake-v1",
            "FrozenLake8x8-v1",
            "CliffWalking-v1",
            "CliffWalkingSlippery-v1"),
        Environments.specs().stream().map(EnvSpec::id).toList());
  }

  @Test
  void everyId_makesAValidModelWithItsDefaults() {
    for (EnvSpec spec : Environments.specs()) {
      Environment e = Environments.make(spec.id());
      assertEquals(spec.id(), e.id());
      assertEquals(spec.defaultMaxEpisodeSteps(), e.table().maxEpisodeSteps(), spec.id());
      assertEquals(e.actionCount(), e.actionNames().size());
    }
  }

  @Test
  void maxEpisodeSteps_isAnOptionOfEveryId() {
    assertEquals(
        0,
        Environments.make("CliffWalking-v1", Map.of("max_episode_steps", "0"))
            .table()
            .maxEpisodeSteps());
    assertEquals(
        50,
        Environments.make("Taxi-v3", Map.of("max_episode_steps", "50"))
            .dynamics()
            .maxEpisodeSteps());
  }

  @Test
  void unknownId_namesItAndTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Environments.make("Taxi-v9"));
    assertEquals(
        "unknown environment 'Taxi-v9'; known: Taxi-v4, Taxi-v3, Taxi-v2, FrozenLake-v1,"
            + " FrozenLake8x8-v1, CliffWalking-v1, CliffWalkingSlippery-v1, or file:PATH for a P"
            + " table or an experiment's .java file",
        e.getMessage());
  }

  @Test
  void unknownOption_namesItAndTheAllowedOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Environments.make("Taxi-v3", Map.of("rainy_probability", "0.5")));
    assertEquals(
        "unknown option 'rainy_probability' for Taxi-v3; allowed: is_rainy, fickle_passenger,"
            + " max_episode_steps",
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Taxi-v4|is_rainy|maybe|option is_rainy=maybe is not valid; expected true or false",
        "Taxi-v4|rainy_probability|1.5|option rainy_probability=1.5 is not valid; expected a number in [0, 1]",
        "Taxi-v4|fickle_probability|abc|option fickle_probability=abc is not valid; expected a number in [0, 1]",
        "Taxi-v3|max_episode_steps|-3|option max_episode_steps=-3 is not valid; expected a whole number >= 0 (0 means no limit)",
        "FrozenLake-v1|map_name|5x5|option map_name=5x5 is not valid; expected 4x4 or 8x8",
        "FrozenLake-v1|success_rate|NaN|option success_rate=NaN is not valid; expected a number in [0, 1]",
        "FrozenLake-v1|reward_schedule|1,0|option reward_schedule=1,0 is not valid; expected three numbers for goal, hole and frozen, for example 1,0,0",
      })
  void badOptionValue_namesTheValueAndWhatIsAllowed(
      String id, String option, String value, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Environments.make(id, Map.of(option, value)));
    assertEquals(message, e.getMessage());
  }

  @Test
  void booleans_acceptPythonSpellings() {
    assertTrue(!Environments.make("Taxi-v3", Map.of("is_rainy", "True")).table().isDeterministic());
    assertTrue(Environments.make("Taxi-v3", Map.of("is_rainy", "0")).table().isDeterministic());
  }

  @Test
  void render_stateOutOfRange_namesTheRange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Environments.make("Taxi-v3").render(500, true));
    assertEquals("state 500 is out of range for Taxi-v3; allowed: 0 to 499", e.getMessage());
  }

  @Test
  void options_reportDefaultsAndChanges() {
    Environment e = Environments.make("Taxi-v4", Map.of("is_rainy", "true"));
    assertEquals("is_rainy=true", e.options().nonDefaultText());
    assertEquals("0.8", e.options().asText().get("rainy_probability"));
    assertEquals(
        "1,0,0", Environments.make("FrozenLake-v1").options().asText().get("reward_schedule"));
  }
}
