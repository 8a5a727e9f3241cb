package dev.qsweep.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ConfigSummaryTest {
  private static ConfigSummary withSettings(String envOptions, String maxSteps) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("env", "FrozenLake-v1");
    settings.put("env_options", envOptions);
    settings.put("learner", "q-learning");
    settings.put("alpha", "0.5");
    settings.put("gamma", "0.9");
    settings.put("epsilon", "exp(1,0.999,0.05)");
    settings.put("initial_q", "0");
    settings.put("episodes", "1000");
    settings.put("max_episode_steps", maxSteps);
    return new ConfigSummary(
        "c001", settings, 1, Map.of(), "c001-r0", 1, Double.NaN, Double.NaN, true, 0, 0);
  }

  @Test
  void envAxisValue_includesTheOptions_soVariantsOfOneIdAreToldApart() {
    assertEquals(
        "FrozenLake-v1(is_slippery=false)",
        withSettings("is_slippery=false", "100").axisValue("env"));
    assertEquals("FrozenLake-v1", withSettings("", "100").axisValue("env"));
  }

  @Test
  void maxStepsAxis_readsTheTimeLimitColumn() {
    assertEquals("250", withSettings("", "250").axisValue("max_steps"));
  }

  @Test
  void unknownAxis_hasNoValue() {
    assertNull(withSettings("", "100").axisValue("temperature"));
  }

  @Test
  void label_namesEachSweptAxisWithItsValue() {
    assertEquals(
        "env FrozenLake-v1(is_slippery=false), epsilon exp(1,0.999,0.05)",
        withSettings("is_slippery=false", "100").label(List.of("env", "epsilon")));
  }

  @Test
  void label_withNothingSwept_namesTheHyperparameters() {
    assertEquals(
        "q-learning, alpha 0.5, gamma 0.9, epsilon exp(1,0.999,0.05)",
        withSettings("", "100").label(List.of()));
  }
}
