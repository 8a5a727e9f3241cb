package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class UserEnvironmentsTest {
  @TempDir Path dir;

  @Test
  void windyGridworld_solve_takesTheBooks15Steps() {
    CliRun run = CliRun.of("solve", "experiments/WindyGridworld.java", "--gamma", "1", "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"env\": \"WindyGridworld-v0\""), run.out());
    assertTrue(run.out().contains("\"expected_steps\": 15.0"), run.out());
    assertTrue(run.out().contains("\"expected_return\": -15.0"), run.out());
  }

  @Test
  void windyGridworld_modelAndRender_work() {
    CliRun model = CliRun.of("model", "experiments/WindyGridworld.java");
    assertEquals(0, model.exitCode(), model.err());
    // 70 states x 4 actions, one outcome each; from (3, 6) "right" the wind of column 6 (2) lifts.
    assertEquals(70 * 4 + 1, model.out().lines().count());
    assertTrue(model.out().contains("\n36,1,1.0,17,-1,0\n"), model.out());
    CliRun render =
        CliRun.of("render", "experiments/WindyGridworld.java", "--state", "30", "--no-color");
    assertEquals(0, render.exitCode(), render.err());
    assertTrue(render.out().contains("x......G.."), render.out());
  }

  /** Writes an experiment whose environments() returns {@code environments}. */
  private Path experiment(String name, String environments, String extra) throws IOException {
    Path file = dir.resolve(name + ".java");
    Files.writeString(
        file,
        "import dev.qsweep.env.*;\n"
            + "import dev.qsweep.experiment.*;\n"
            + "import java.util.List;\n"
            + "public final class "
            + name
            + " implements Experiment {\n"
            + "  public List<TabularEnvironment> environments() { return "
            + environments
            + "; }\n"
            + "  public Grid grid() { return Grid.builder(\"x\").env(\"CliffWalking-v1\")"
            + ".learner(\"q-learning\").alpha(0.1).gamma(0.9).epsilon(0.1).episodes(10)"
            + ".build(); }\n"
            + "  static final class E implements TabularEnvironment {\n"
            + "    final String id; E(String id) { this.id = id; }\n"
            + "    public String id() { return id; }\n"
            + "    public int stateCount() { return 2; }\n"
            + "    public int actionCount() { return 1; }\n"
            + "    public TabularModel.Builder define(TabularModel.Builder m) {\n"
            + extra
            + "\n    }\n"
            + "  }\n"
            + "}\n");
    return file;
  }

  private static final String GOOD =
      "return m.outcome(0, 0, 1.0, 1, -1, false, false, false)"
          + ".outcome(1, 0, 1.0, 1, 1, true, false, true).initial(0, 1.0);";

  @Test
  void aSmallUserEnvironment_solvesExactly() throws IOException {
    Path file = experiment("Good", "List.of(new E(\"Two-v0\"))", GOOD);
    CliRun run = CliRun.of("solve", file.toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"expected_steps\": 2.0"), run.out());
    assertTrue(run.out().contains("\"success_probability\": 1.0"), run.out());
  }

  @Test
  void aHelperClassFirstUsedAfterLoading_isStillThere() throws IOException {
    // define() reaches the nested class Helper only when the environment is made, after the
    // compile folder is deleted.
    Path file =
        experiment(
            "Late",
            "List.of(new E(\"Late-v0\"))",
            "return new Helper().fill(m);\n    }\n  }\n  static final class Helper {\n"
                + "    TabularModel.Builder fill(TabularModel.Builder m) {\n      "
                + GOOD);
    CliRun run = CliRun.of("solve", file.toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"expected_steps\": 2.0"), run.out());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Clash|List.of(new E(\"Taxi-v3\"))|GOOD|environment id Taxi-v3 is a built-in id",
        "Spaces|List.of(new E(\"my env\"))|GOOD|environment id 'my env'",
        "Nothing|null|GOOD|environments() returned null",
        "NullEntry|java.util.Arrays.asList((TabularEnvironment) null)|GOOD|holds a null",
        "Two|List.of(new E(\"A-v0\"), new E(\"B-v0\"))|GOOD|defines 2 environments (A-v0, B-v0)",
        "NoEnv|List.of()|GOOD|defines 0 environments",
        "Throws|List.of(new E(\"T-v0\"))|throw new IllegalStateException(\"boom\");"
            + "|environment T-v0: java.lang.IllegalStateException: boom",
        "Half|List.of(new E(\"H-v0\"))|return m.outcome(0, 0, 0.5, 1, -1, false, false, false)"
            + ".outcome(1, 0, 1.0, 1, 1, true, false, true).initial(0, 1.0);"
            + "|probabilities of state 0 action 0 sum to 0.5",
        "Missing|List.of(new E(\"M-v0\"))|return m.outcome(0, 0, 1.0, 1, -1, false, false, false)"
            + ".initial(0, 1.0);|state 1 action 0 has no outcome",
        "OutOfRange|List.of(new E(\"O-v0\"))|return m.outcome(0, 0, 1.0, 5, -1, false, false, false);"
            + "|next state (5) must be less than size (2)",
      })
  void badUserEnvironments_exit2_withOneLine(
      String name, String environments, String define, String expected) throws IOException {
    Path file = experiment(name, environments, define.equals("GOOD") ? GOOD : define);
    CliRun run = CliRun.of("solve", file.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.errorLine().contains(expected), run.errorLine());
  }

  /** Writes {@code Chain.java}: a public class that only defines an environment, no grid. */
  private Path chain(String body) throws IOException {
    Path file = dir.resolve("Chain.java");
    Files.writeString(
        file,
        "import dev.qsweep.env.*;\n"
            + "public final class Chain implements TabularEnvironment {\n"
            + "  public String id() { return \"Chain-v0\"; }\n"
            + "  public int stateCount() { return 2; }\n"
            + "  public int actionCount() { return 1; }\n"
            + "  public TabularModel.Builder define(TabularModel.Builder m) {\n    "
            + body
            + "\n  }\n"
            + "}\n");
    return file;
  }

  @Test
  void aFileThatOnlyDefinesAnEnvironment_worksAsAnId() throws IOException {
    Path file = chain(GOOD);
    CliRun solve = CliRun.of("solve", file.toString(), "--json");
    assertEquals(0, solve.exitCode(), solve.err());
    assertTrue(solve.out().contains("\"env\": \"Chain-v0\""), solve.out());
    assertTrue(solve.out().contains("\"expected_steps\": 2.0"), solve.out());
    CliRun model = CliRun.of("model", file.toString());
    assertEquals(0, model.exitCode(), model.err());
    assertEquals(
        "state,action,prob,next_state,reward,terminated\n0,0,1.0,1,-1,0\n1,0,1.0,1,1,1\n",
        model.out());
    CliRun train =
        CliRun.of(
            "train", "--env", file.toString(), "--episodes", "50", "-o", "max_episode_steps=9");
    assertEquals(0, train.exitCode(), train.err());
    assertTrue(train.out().startsWith("Chain-v0 (max_episode_steps=9), Q-learning"), train.out());
  }

  @Test
  void anEnvironmentFile_usedBesideAnExperiment_isSwept() throws IOException {
    chain(GOOD);
    Path experiment = dir.resolve("UsesChain.java");
    Files.writeString(
        experiment,
        "import dev.qsweep.env.*;\n"
            + "import dev.qsweep.experiment.*;\n"
            + "import java.util.List;\n"
            + "public final class UsesChain implements Experiment {\n"
            + "  public List<TabularEnvironment> environments() { return List.of(new Chain()); }\n"
            + "  public Grid grid() { return Grid.builder(\"chain\").env(\"Chain-v0\")"
            + ".learner(\"q-learning\").alpha(0.5).gamma(0.9).epsilon(0.1).episodes(20)"
            + ".replicates(2).build(); }\n"
            + "}\n");
    CliRun run =
        CliRun.of(
            "sweep", experiment.toString(), "--out", dir.resolve("out").toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(dir.resolve("out/trials.csv")).contains(",Chain-v0,"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sweep|GOOD|Chain.java defines an environment (Chain), not a grid; use it with solve",
        "solve|throw new IllegalStateException(\"no\");"
            + "|environment Chain-v0: java.lang.IllegalStateException: no",
        "solve|return m.initial(0, 1.0);|state 0 action 0 has no outcome",
        "solve|return m.outcome(0, 0, 1.0, 1, -1, false, false, false)|Chain.java:",
      })
  void badEnvironmentFiles_exit2_withOneLine(String command, String body, String expected)
      throws IOException {
    Path file = chain(body.equals("GOOD") ? GOOD : body);
    CliRun run = CliRun.of(command, file.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.errorLine().contains(expected), run.errorLine());
  }
}
