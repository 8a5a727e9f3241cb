package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad search settings exit 2 before any trial runs and before any folder is made, in one line that
 * names the experiment's line and the value.
 */
final class BadSearchSettingsTest {
  @TempDir Path dir;

  /** Each case: the strategy ({@code SPACE}: the fixture's space, with FROM replaced by TO). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // eta below 2
        "new SuccessiveHalving(Candidates.of(grid), 30, 300, 1)|||halving: eta 1 is not allowed",
        "new SuccessiveHalving(Candidates.of(grid), 30, 300, 0)|||halving: eta 0 is not allowed",
        "new SuccessiveHalving(Candidates.of(grid), 30, 300, -3)|||halving: eta -3 is not",
        "new Hyperband(SPACE, 30, 1)|||hyperband: eta 1 is not allowed",
        // minimum budget above the maximum, or below 1
        "new SuccessiveHalving(Candidates.of(grid), 400, 300, 3)|||minimum budget 400 episodes is"
            + " above the maximum budget 300",
        "new Hyperband(SPACE, 301, 3)|||hyperband: minimum budget 301 episodes is above",
        "new SuccessiveHalving(Candidates.of(grid), 0, 300, 3)|||minimum budget 0 episodes is not",
        // an empty range
        "new RandomSearch(SPACE, 3)|uniform(0.1, 0.9)|uniform(0.5, 0.5)|uniform(0.5,0.5) is an"
            + " empty range",
        "new RandomSearch(SPACE, 3)|uniform(0.1, 0.9)|uniform(0.9, 0.1)|uniform(0.9,0.1) is an"
            + " empty range",
        "new RandomSearch(SPACE, 3)|.alpha(|.dimension(\"k\", Dimension.integers(5, 4)).alpha("
            + "|integers(5,4) is an empty range",
        // log-uniform touching or crossing 0
        "new RandomSearch(SPACE, 3)|logUniform(0.05, 0.5)|logUniform(0, 0.5)|log-uniform(0.0,0.5):"
            + " the range touches or crosses 0",
        "new Hyperband(SPACE, 30, 3)|logUniform(0.05, 0.5)|logUniform(-0.1, 0.5)|log-uniform(-0.1,"
            + "0.5): the range touches or crosses 0",
        // population 0, and its neighbours
        "new GeneticSearch(SPACE, new GeneticSearch.Settings(0, 3, 0, 2, 0.5, 0.2))|||genetic:"
            + " population 0 is not allowed",
        "new GeneticSearch(SPACE, new GeneticSearch.Settings(1, 3, 0, 2, 0.5, 0.2))|||genetic:"
            + " population 1 is not allowed",
        "new GeneticSearch(SPACE, new GeneticSearch.Settings(6, 0, 0, 2, 0.5, 0.2))|||genetic:"
            + " generations 0 is not allowed",
        "new RandomSearch(SPACE, 0)|||random: 0 configurations is not allowed",
        "null|||strategy() returned null",
      })
  void badSetting_exits2BeforeAnyTrial_inOneLineNamingTheValue(
      String strategy, String from, String to, String message) throws IOException {
    String space =
        from == null ? SearchExperiments.SPACE : SearchExperiments.SPACE.replace(from, to);
    assertTrue(from == null || !space.equals(SearchExperiments.SPACE), from);
    // Over a grid, the space built inside strategy(grid); and as a SpaceSearch, built by space().
    assertRefused(
        SearchExperiments.writeGrid(dir, "Bad", strategy.replace("SPACE", space)), message);
    if (strategy.contains("SPACE") || strategy.equals("null")) {
      assertRefused(
          SearchExperiments.writeSpace(dir, "Bad", space, strategy.replace("SPACE", "space")),
          message);
    }
  }

  /** Settings only a space search has: fixed values, the space itself, a grid search over it. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ".gamma(Dimension.uniform(0.9, 0.99))|.gamma(1.5)|new RandomSearch(space, 3)"
            + "|gamma 1.5 is out of range",
        ".gamma(Dimension.uniform(0.9, 0.99))|.gamma(Double.NaN)|new RandomSearch(space, 3)"
            + "|gamma: NaN is not finite",
        ".epsilon(Dimension.logUniform(0.05, 0.5))|.epsilon(dev.qsweep.schedule.Schedule.linear(1.5, 0.1, 100))"
            + "|new RandomSearch(space, 3)|epsilon linear(1.5,0.1,100) reaches 1.5",
        ".evalEvery(100)|.evalEvery(-1)|new RandomSearch(space, 3)|eval_every: -1 is not allowed",
        ".replicates(3)|.replicates(0)|new Hyperband(space, 30, 3)|replicates: 0 is not allowed",
        ".build()|.episodes(-5).build()|new RandomSearch(space, 3)|episodes: -5 is not allowed",
        "SearchSpace.builder(\"s\")|SearchSpace.builder(\"no/name\")|new RandomSearch(space, 3)"
            + "|search name must be letters",
        ".build()|.build() == null ? null : null|new RandomSearch(space, 3)"
            + "|space() returned null",
        ".seed(11)|.seed(11)|new GridSearch(Grid.builder(\"g\").env(\"Taxi-v3\")"
            + ".learner(\"q-learning\").alpha(0.1).gamma(0.9).epsilon(0.1).episodes(10).build())"
            + "|strategy() returned a grid search, but the experiment searches a space",
      })
  void badSpaceSearch_exits2BeforeAnyTrial_inOneLineNamingTheValue(
      String from, String to, String strategy, String message) throws IOException {
    String space = SearchExperiments.SPACE.replace(from, to);
    assertTrue(from.equals(to) || !space.equals(SearchExperiments.SPACE), from);
    assertRefused(SearchExperiments.writeSpace(dir, "Bad", space, strategy), message);
  }

  private void assertRefused(Path experiment, String message) throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("sweep", experiment.toString(), "--out", out.toString());
    assertEquals(2, run.exitCode(), run.err());
    String line = run.err().strip();
    assertTrue(line.contains(message), line);
    assertTrue(line.startsWith("qsweep sweep: " + experiment), line);
    assertFalse(line.contains("\n"), line);
    assertFalse(Files.exists(out), "no folder before the settings are checked");
  }
}
