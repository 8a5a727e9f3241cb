package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CommandsTest {
  /** The CSV header line. */
  private static final class ModelHeader {
    static final String LINE = dev.qsweep.env.ModelCsv.HEADER + "\n";
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = CommandsTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static double jsonNumber(String json, String key) {
    Matcher m = Pattern.compile("\"" + key + "\": ([-0-9.eE]+)").matcher(json);
    assertTrue(m.find(), key + " in " + json);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void model_taxiV3_printsGymnasiumsTableByteForByte() throws IOException {
    CliRun run = CliRun.of("model", "Taxi-v3");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(resource("/gymnasium/taxi-v3/P.csv"), run.out());
  }

  @Test
  void model_rainyTaxi_writesProbabilitiesWithoutALocale() {
    CliRun v3 = CliRun.of("model", "Taxi-v3", "--option", "is_rainy=true");
    assertEquals(0, v3.exitCode(), v3.err());
    assertTrue(v3.out().startsWith(ModelHeader.LINE + "0,0,0.8,100,-1,0\n0,0,0.1,"), v3.out());
    // Taxi-v4 computes its laterals as (1 - 0.8) / 2, which Python prints as below.
    CliRun v4 = CliRun.of("model", "Taxi-v4", "-o", "is_rainy=true");
    assertTrue(v4.out().contains("\n0,0,0.09999999999999998,20,-1,0\n"), v4.out());
    // A comma decimal separator (the tests run under a Turkish locale) would add fields.
    assertTrue(v4.out().lines().allMatch(line -> line.split(",").length == 6));
    // Taxi-v3: 500 states x (4 moves x 3 outcomes + pickup + drop-off), and the header.
    assertEquals(500 * 14 + 1, v3.out().lines().count());
  }

  @Test
  void solve_taxiV3AtTheTutorialsGamma_givesGymnasiumsOptimalFigures() {
    CliRun run = CliRun.of("solve", "Taxi-v3", "--gamma", "0.6", "--json");
    assertEquals(0, run.exitCode(), run.err());
    String json = run.out().strip();
    assertEquals(13.07, jsonNumber(json, "expected_steps"));
    assertEquals(7.93, jsonNumber(json, "expected_return"));
    assertEquals(0.0, jsonNumber(json, "expected_penalties"));
    assertEquals(1.0, jsonNumber(json, "success_probability"));
    assertTrue(json.startsWith("{") && json.endsWith("}"), json);
  }

  @Test
  void solve_table_printsTheScores() {
    CliRun run = CliRun.of("solve", "CliffWalking-v1", "--gamma", "0.9");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("expected return         -13.0000"), run.out());
    assertTrue(run.out().contains("success probability       1.0000"), run.out());
  }

  @Test
  void render_taxi_noColor() {
    CliRun run = CliRun.of("render", "Taxi-v3", "--state", "328", "--no-color");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("+---------+\n|R: | : :G|\n"), run.out());
    assertTrue(run.out().contains("taxi at (3, 1), passenger at Y, destination R"), run.out());
  }

  @Test
  void envs_listsEveryIdWithOptionsAndLimits() {
    CliRun run = CliRun.of("envs");
    assertEquals(0, run.exitCode(), run.err());
    for (String id :
        new String[] {
          "Taxi-v4",
          "Taxi-v3",
          "Taxi-v2",
          "FrozenLake-v1",
          "FrozenLake8x8-v1",
          "CliffWalking-v1",
          "CliffWalkingSlippery-v1"
        }) {
      assertTrue(run.out().contains(id + "\n"), id);
    }
    assertTrue(run.out().contains("rainy_probability    default 0.8"), run.out());
    assertTrue(run.out().contains("time limit: 200 steps (Gymnasium registers none"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"envs", "model", "solve", "render"})
  void help_everyCommandHasIt(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Usage: qsweep " + command), run.out());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "model Taxi-v9|qsweep model: unknown environment 'Taxi-v9'; known: Taxi-v4, Taxi-v3, Taxi-v2, FrozenLake-v1, FrozenLake8x8-v1, CliffWalking-v1, CliffWalkingSlippery-v1, or file:PATH for a P table or an experiment's .java file",
        "model Taxi-v3 -o colour=red|qsweep model: unknown option 'colour' for Taxi-v3; allowed: is_rainy, fickle_passenger, max_episode_steps",
        "model Taxi-v4 -o rainy_probability=2|qsweep model: option rainy_probability=2 is not valid; expected a number in [0, 1]",
        "model FrozenLake-v1 -o is_slippery=yes|qsweep model: option is_slippery=yes is not valid; expected true or false",
        "render Taxi-v3 --state 500|qsweep render: state 500 is out of range for Taxi-v3; allowed: 0 to 499",
        "render Taxi-v3 --state -1|qsweep render: state -1 is out of range for Taxi-v3; allowed: 0 to 499",
        "solve Taxi-v3 --gamma 1.5|qsweep solve: --gamma must be in [0, 1], got 1.5",
        "solve Taxi-v3 --gamma -0.1|qsweep solve: --gamma must be in [0, 1], got -0.1",
        "solve Taxi-v3 --gamma abc|qsweep solve: Invalid value for option '--gamma': 'abc' is not a double",
        "render Taxi-v3|qsweep render: Missing required option: '--state=S'",
      })
  void badInput_oneLineNamingTheValue_exit2(String args, String firstLine) {
    CliRun run = CliRun.of(args.split(" "));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(firstLine, run.errorLine());
    assertEquals("", run.out());
    assertTrue(run.err().lines().count() <= 2, run.err());
  }

  @Test
  void noCommand_isAUsageError() {
    CliRun run = CliRun.of();
    assertEquals(2, run.exitCode());
    assertTrue(run.errorLine().startsWith("qsweep: missing command"), run.err());
  }
}
