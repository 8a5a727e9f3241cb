package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import dev.qsweep.experiment.ExperimentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No stack trace for any input: picocli's parse errors, bad values and files, and the user's own
 * experiment code failing, each in one line (and a hint for usage), exit 2.
 */
final class BadInputTest {
  @TempDir static Path dir;
  private static TinySweep tiny;

  @BeforeAll
  static void tinySweep() throws IOException {
    tiny = TinySweep.in(dir);
  }

  private static String[] args(String line) {
    return tiny.args(line);
  }

  private static void assertNoTrace(CliRun run) {
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("Exception:") && run.err().contains("\n\t"), run.err());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sweep TINY --dryrun|qsweep sweep: Unknown option: '--dryrun'|Did you mean --dry-run?",
        "sweep --thread 2 TINY|qsweep sweep: Unknown options: '--thread', '" + "TINY'|Did you mean",
        "trian|qsweep: Unmatched argument at index 0: 'trian'|Did you mean train?",
        "--versio|qsweep: Unknown option: '--versio'|Did you mean --version?",
        "bogus|qsweep: Unmatched argument at index 0: 'bogus'|Try 'qsweep --help'",
        "envs extra|qsweep envs: Unmatched argument at index 1: 'extra'|Try 'qsweep envs --help'",
        "sweep TINY Other.java|qsweep sweep: Unmatched argument at index 2: 'Other.java'|Try",
        "sweep|qsweep sweep: Missing required parameter: 'EXPERIMENT.java'|Try",
        "model|qsweep model: Missing required parameter: 'ID'|Try",
        "reproduce RESULTS|qsweep reproduce: Missing required parameter: 'TRIAL_ID'|Try",
        "merge out|qsweep merge: Missing required parameter: 'DIR'|Try",
        "sweep TINY --threads|qsweep sweep: Missing required parameter for option '--threads' (N)|Try",
        "render Taxi-v3 --state|qsweep render: Missing required parameter for option '--state'"
            + " (S)|Try",
        "model Taxi-v3 -o|qsweep model: Missing required parameter for option '--option'"
            + " (KEY=VALUE)|Try",
        "train --alpha|qsweep train: Missing required parameter for option '--alpha' (SCHEDULE)|Try",
        "sweep TINY --threads abc|qsweep sweep: Invalid value for option '--threads': 'abc' is not"
            + " an int|Try 'qsweep sweep --help' for usage.",
        "sweep TINY --threads 99999999999|qsweep sweep: Invalid value for option '--threads':"
            + " '99999999999' is not an int|Try",
        "sweep TINY --threads 1.5|qsweep sweep: Invalid value for option '--threads': '1.5' is not"
            + " an int|Try",
        "train --episodes 1e5|qsweep train: Invalid value for option '--episodes': '1e5' is not an"
            + " int|Try",
        "train --seed 99999999999999999999|qsweep train: Invalid value for option '--seed':"
            + " '99999999999999999999' is not a long|Try",
        "train --json=yes|qsweep train: Invalid value for option '--json': 'yes' is not a"
            + " boolean|Try",
        "solve Taxi-v3 --gamma 0,6|qsweep solve: Invalid value for option '--gamma': '0,6' is not"
            + " a double|Try",
        "solve Taxi-v3 --gamma=|qsweep solve: Invalid value for option '--gamma': '' is not a"
            + " double|Try",
        "model Taxi-v3 -o novalue|qsweep model: Value for option option '--option' (KEY=VALUE)"
            + " should be in KEY=VALUE format but was novalue|Try",
      })
  void parseError_oneLineAndAHint_exit2(String line, String message, String hint) {
    CliRun run = CliRun.of(args(line));
    assertEquals(2, run.exitCode(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals(2, lines.size(), run.err());
    assertEquals(tiny.paths(message), lines.get(0));
    assertTrue(lines.get(1).startsWith(tiny.paths(hint)), lines.get(1));
    assertTrue(lines.get(1).endsWith("--help' for usage."), lines.get(1));
    assertEquals("", run.out());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "report MISSING|qsweep report: results folder MISSING does not exist",
        "reproduce MISSING c001-r00|qsweep reproduce: results folder MISSING does not exist",
        "reproduce RESULTS nosuch|qsweep reproduce: no trial nosuch in RESULTS/trials.csv; ids"
            + " look like c001-r00",
        "merge MISSING-out MISSING|qsweep merge: shard folder MISSING does not exist",
        "sweep MISSING.java|qsweep sweep: experiment file MISSING.java does not exist",
        "sweep RESULTS|qsweep sweep: experiment file RESULTS is a folder; give a .java file",
        "sweep RESULTS/trials.csv|qsweep sweep: experiment file RESULTS/trials.csv must be a .java"
            + " file",
        "sweep TINY --shard 99999999999/99999999999|qsweep sweep: --shard 99999999999/99999999999"
            + " is not valid; expected I/N with 1 <= I <= N, for example 2/4",
        "sweep TINY --shard 3/2 --dry-run|qsweep sweep: --shard 3/2 is out of range; I must be in"
            + " 1..2",
        "sweep TINY --threads 0|qsweep sweep: --threads 0 is out of range; it must be in 1..256",
        "sweep TINY --out /dev/null/x|qsweep sweep: cannot create output folder /dev/null/x: Not a"
            + " directory",
        "train --env EMPTY|qsweep train: unknown environment ''; known: Taxi-v4, Taxi-v3, Taxi-v2,"
            + " FrozenLake-v1, FrozenLake8x8-v1, CliffWalking-v1, CliffWalkingSlippery-v1, or"
            + " file:PATH for a P table or an experiment's .java file",
        "train --alpha linear(1|qsweep train: --alpha: schedule 'linear(1' is not valid (missing"
            + " ')'); expected a number, linear(start,end,episodes), exp(start,rate,floor),"
            + " inv(start,k) or step(start,factor,every)",
        "train --initial-q NaN|qsweep train: initial Q must be finite, got NaN",
        "train --episodes 0|qsweep train: episodes must be at least 1, got 0",
        "bench --runs 0|qsweep bench: --runs must be at least 1, got 0",
        "solve Taxi-v3 --gamma NaN|qsweep solve: --gamma must be in [0, 1], got nan",
        "model Taxi-v3 -o max_episode_steps=99999999999|qsweep model: option"
            + " max_episode_steps=99999999999 is not valid; expected a whole number >= 0 (0 means"
            + " no limit)",
        "model FrozenLake-v1 -o desc=S,FG|qsweep model: option desc=S,FG is not valid; expected"
            + " rows of S/F/H/G separated by ',' or '/', for example SFFF,FHFH,FFFH,HFFG",
      })
  void badValueOrFile_oneLine_exit2(String line, String message) {
    CliRun run = CliRun.of(args(line));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(tiny.paths(message) + "\n", run.err());
    assertNoTrace(run);
  }

  /** Experiments whose own code fails, and the line each failure names. */
  private static final String[][] FAILING = {
    {"grid().replicates(1 / 0)", "grid() threw java.lang.ArithmeticException: / by zero"},
    {
      "grid().filter(c -> { throw new IllegalStateException(\"no\"); })",
      "the filter threw java.lang.IllegalStateException: no"
    },
    {"grid().env(null)", "env: null id"},
    {"grid().learner((String) null)", "learner: null value"},
  };

  @ParameterizedTest
  @ValueSource(
      strings = {"", "--dry-run", "--resume", "--shard 1/2", "--shard 2/2 --dry-run", "--quiet"})
  void userCodeThatFails_oneLineWithFileAndLine_inEveryMode(String mode) throws IOException {
    for (int i = 0; i < FAILING.length; i++) {
      Path folder = Files.createDirectories(dir.resolve("failing" + i + mode.replace(' ', '_')));
      String name = "Failing" + i;
      String chain =
          FAILING[i][0].replace(
              "grid()",
              "Grid.builder(\"f\").env(\"CliffWalking-v1\").learner(\"sarsa\").alpha(0.5)"
                  + ".gamma(1.0).epsilon(0.1).episodes(20)");
      Path file = ExperimentFiles.write(folder, name, chain);
      Path out = folder.resolve("out");
      List<String> line =
          new ArrayList<>(List.of("sweep", file.toString(), "--out", out.toString()));
      line.addAll(Splitter.on(' ').omitEmptyStrings().splitToList(mode));
      CliRun run = CliRun.of(line.toArray(new String[0]));
      assertEquals(2, run.exitCode(), run.err());
      // ExperimentFiles puts the builder chain on line 5.
      assertEquals("qsweep sweep: " + file + ":5: " + FAILING[i][1] + "\n", run.err());
      assertEquals("", run.out());
      assertNoTrace(run);
      // Nothing was written: no results folder, no class file beside the source.
      try (Stream<Path> left = Files.list(folder)) {
        assertEquals(List.of(file), left.toList());
      }
    }
  }
}
