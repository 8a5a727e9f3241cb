package dev.qsweep.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.eval.Greedy;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.eval.ValueIteration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FileEnvironmentsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static PolicyScore optimal(Environment e, double gamma) {
    TabularModel m = e.dynamics();
    int[] policy = Greedy.observationPolicy(m, ValueIteration.solve(m, gamma).q());
    return PolicyEvaluator.exact(m).score(policy);
  }

  @Test
  void taxiV3_roundTrip_modelToFileToSolve_givesTheSameFiguresAndBytes() throws IOException {
    Environment taxi = Environments.make("Taxi-v3");
    String csv = ModelCsv.of(taxi.table());
    Path file = write("taxi.csv", csv);
    String starts =
        IntStream.range(0, taxi.table().initialStateCount())
            .mapToObj(j -> Integer.toString(taxi.table().initialState(j)))
            .collect(Collectors.joining(","));
    Map<String, String> options = new LinkedHashMap<>();
    options.put("initial_states", starts);
    options.put("max_episode_steps", "200");
    options.put("penalty_reward", "-10");
    Environment fromFile = Environments.make("file:" + file, options);
    assertEquals(csv, ModelCsv.of(fromFile.table()));
    assertEquals(optimal(taxi, 0.6), optimal(fromFile, 0.6));
    assertEquals(13.07, optimal(fromFile, 0.6).expectedSteps());
  }

  @Test
  void frozenLake_gymnasiumsOwnFile_solvesAsTheBuiltIn() throws IOException {
    String gymnasium = GymnasiumReference.resource("/gymnasium/frozenlake-v1/P.csv");
    Path file = write("P.csv", gymnasium);
    Environment fromFile =
        Environments.make(
            "file:" + file,
            Map.of("initial_states", "0", "max_episode_steps", "100", "penalty_failure", "true"));
    assertEquals(gymnasium, ModelCsv.of(fromFile.table()));
    assertEquals(gymnasium, ModelCsv.of(Environments.make("FrozenLake-v1").table()));
    assertEquals(optimal(Environments.make("FrozenLake-v1"), 0.99), optimal(fromFile, 0.99));
  }

  @Test
  void successAndPenaltyOptions_markOutcomes() throws IOException {
    Path file =
        write(
            "t.csv",
            ModelCsv.HEADER + "\n0,0,0.5,0,-3,0\n0,0,0.25,1,0,1\n0,0,0.25,1,2,1\n1,0,1.0,1,0,1\n");
    TabularModel byDefault = Environments.make("file:" + file).table();
    assertEquals(false, byDefault.isSuccess(1));
    assertEquals(true, byDefault.isSuccess(2));
    assertEquals(false, byDefault.isPenalty(0));
    TabularModel marked =
        Environments.make(
                "file:" + file,
                Map.of("penalty_reward", "-3", "success", "terminal", "penalty_failure", "true"))
            .table();
    assertTrue(marked.isPenalty(0));
    assertTrue(marked.isSuccess(1) && marked.isSuccess(2));
    TabularModel none = Environments.make("file:" + file, Map.of("success", "none")).table();
    assertEquals(false, none.isSuccess(2));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Empty file and headers.
        "''|is empty",
        "state,action,prob,next_state,reward|line 1: header 'state,action,prob,next_state,reward'",
        "s,a,p,n,r,t\\n0,0,1.0,0,0,1|line 1: header 's,a,p,n,r,t'",
        "HEADER|has a header but no rows",
        // Fields and cells.
        "HEADER\\n0,0,1.0,0,0|line 2: has 5 fields",
        "HEADER\\n0,0,1.0,0,0,1,7|line 2: has 7 fields",
        "HEADER\\nx,0,1.0,0,0,1|line 2: state 'x' is not a whole number",
        "HEADER\\n0,0.5,1.0,0,0,1|line 2: action '0.5' is not a whole number",
        "HEADER\\n0,0,one,0,0,1|line 2: prob 'one' is not a number",
        "HEADER\\n0,0,1.0,0,abc,1|line 2: reward 'abc' is not a number",
        "HEADER\\n0,0,1.0,0,inf,1|line 2: reward inf is not a finite number",
        "HEADER\\n0,0,1.0,0,0,yes|line 2: terminated 'yes' is not 0 or 1",
        "HEADER\\n-1,0,1.0,0,0,1|line 2: state -1 is negative",
        "HEADER\\n0,0,1.5,0,0,1|line 2: prob 1.5 is out of range",
        "HEADER\\n0,0,-0.5,0,0,1|line 2: prob -0.5 is out of range",
        // Next states out of range.
        "HEADER\\n0,0,1.0,1,0,0|line 2: next_state 1 is out of range; allowed: 0 to 0",
        "HEADER\\n0,0,1.0,0,0,0\\n1,0,0.5,0,0,0\\n1,0,0.5,9,0,1|line 4: next_state 9 is out of range",
        "HEADER\\n0,0,1.0,0,0,0\\n1,0,1.0,-3,0,0|line 3: next_state -3 is negative",
        // Missing (state, action) and order.
        "HEADER\\n0,0,1.0,0,0,1\\n0,1,1.0,0,0,1\\n1,1,1.0,0,0,1|state 1 action 0 has no row",
        "HEADER\\n0,1,1.0,0,0,1|state 0 action 0 has no row",
        "HEADER\\n0,0,1.0,1,0,1\\n2,0,1.0,0,0,1|state 1 action 0 has no row",
        "HEADER\\n1,0,1.0,0,0,1\\n0,0,1.0,0,0,1|line 3: state 0 action 0 comes after state 1 action 0",
        // Probabilities that do not sum to 1.
        "HEADER\\n0,0,0.5,0,0,1|lines 2-2: probabilities of state 0 action 0 sum to 0.5, not 1"
            + " (tolerance 1e-9)",
        "HEADER\\n0,0,0.8,0,0,1\\n0,0,0.1,0,0,1|sum to 0.9, not 1",
        "HEADER\\n0,0,0.8,0,0,1\\n0,0,0.3,0,0,1|sum to 1.1, not 1",
        "HEADER\\n0,0,1.0,0,0,1\\n1,0,0.6,0,0,1\\n1,0,0.6,1,0,1|lines 3-4: probabilities of state 1",
      })
  void badTables_areRefused_namingTheLineAndValue(String text, String expected) throws IOException {
    String content = text.replace("HEADER", ModelCsv.HEADER).replace("\\n", "\n");
    Path file = write("bad.csv", content);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Environments.make("file:" + file));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith("P table " + file), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "initial_states|2|state 2 is out of range",
        "initial_states|0,7|state 7 is out of range",
        "initial_states|-1|option initial_states=-1 is not valid",
        "initial_states|a|option initial_states=a is not valid",
        "initial_states|0,0|option initial_states=0,0 is not valid",
        "penalty_reward|x|option penalty_reward=x is not valid",
        "success|maybe|option success=maybe is not valid",
        "max_episode_steps|-4|option max_episode_steps=-4 is not valid",
        "is_rainy|true|unknown option 'is_rainy'",
      })
  void badOptions_areRefused(String option, String value, String expected) throws IOException {
    Path file = write("ok.csv", ModelCsv.HEADER + "\n0,0,1.0,1,0,0\n1,0,1.0,1,1,1\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Environments.make("file:" + file, Map.of(option, value)));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void missingFile_andEmptyPath_areRefused() {
    Path missing = dir.resolve("nope.csv");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Environments.make("file:" + missing));
    assertEquals("P table " + missing + " does not exist", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Environments.make("file:"));
  }

  @Test
  void editedFile_isReadAgain() throws IOException {
    Path file = write("e.csv", ModelCsv.HEADER + "\n0,0,1.0,0,5,1\n");
    assertEquals(5, Environments.make("file:" + file).table().reward(0));
    Files.writeString(file, ModelCsv.HEADER + "\n0,0,1.0,0,7,1\n0,1,1.0,0,7,1\n");
    Files.setLastModifiedTime(
        file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertEquals(2, Environments.make("file:" + file).table().actionCount());
  }
}
