package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Output that could not be written is an error: exit 1 and one line saying why. */
final class OutputFailureTest {
  private static final String FULL = "No space left on device";

  @TempDir static Path dir;
  private static TinySweep tiny;

  @BeforeAll
  static void tinySweep() throws IOException {
    tiny = TinySweep.in(dir);
  }

  private static String[] args(String line) {
    return tiny.args(line);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "model|model Taxi-v3",
        "model|model FrozenLake-v1 -o is_slippery=false",
        "solve|solve Taxi-v3",
        "solve|solve CliffWalking-v1 --json",
        "render|render Taxi-v3 --state 328",
        "envs|envs",
        "train|train --episodes 200 --sampled 2",
        "train|train --episodes 200 --json",
        "bench|bench --episodes 200 --runs 1",
        "sweep|sweep TINY --dry-run",
        "reproduce|reproduce RESULTS c001-r00",
        "qsweep|--help",
        "qsweep|--version",
        "model|model --help",
        "sweep|sweep --help",
        "train|train --help",
      })
  void everyCommandThatPrints_fullDisk_exits1WithOneLine(String command, String line) {
    String prefix = command.equals("qsweep") ? "qsweep: " : "qsweep " + command + ": ";
    CliRun run = CliRun.withOutputFailing(FULL, 0, args(line));
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(prefix + "cannot write to standard output: " + FULL + "\n", run.err());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100, 8191, 8192, 8193, 50_000})
  void outputCutPartWay_exits1(int capacity) {
    CliRun run = CliRun.withOutputFailing(FULL, capacity, "model", "Taxi-v3");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("qsweep model: cannot write to standard output: " + FULL, run.errorLine());
    assertEquals(capacity, run.out().length());
  }

  @Test
  void outputThatFits_exits0() {
    CliRun run = CliRun.withOutputFailing(FULL, 1 << 20, "model", "Taxi-v3");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(CliRun.of("model", "Taxi-v3").out(), run.out());
  }

  @Test
  void sweepWhoseSummaryCannotBePrinted_exits1AfterWritingItsResults() {
    Path out = dir.resolve("again");
    CliRun run =
        CliRun.withOutputFailing(
            FULL, 0, "sweep", tiny.experiment().toString(), "--out", out.toString(), "--quiet");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("qsweep sweep: cannot write to standard output: " + FULL + "\n", run.err());
    assertTrue(Files.exists(out.resolve("report.md")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "model Taxi-v9|qsweep model: unknown environment 'Taxi-v9'",
        "solve Taxi-v3 --gamma 2|qsweep solve: --gamma must be in [0, 1], got 2.0",
        "train --episodes x|qsweep train: Invalid value for option '--episodes'",
      })
  void badInput_keepsExit2AndItsOwnMessage(String line, String message) {
    CliRun run = CliRun.withOutputFailing(FULL, 0, args(line));
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.errorLine().startsWith(message), run.err());
    assertTrue(!run.err().contains("cannot write"), run.err());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10_000})
  void readerThatStoppedReading_exits1Quietly(int capacity) {
    CliRun run = CliRun.withOutputFailing("Broken pipe", capacity, "model", "Taxi-v3");
    assertEquals(1, run.exitCode());
    assertEquals("", run.err());
  }

  @Test
  void realDevFull_childJvm_exits1WithTheReason() throws Exception {
    File full = new File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full here");
    for (String[] command : new String[][] {{"model", "Taxi-v3"}, {"--help"}}) {
      List<String> line = new ArrayList<>();
      line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      line.add("-cp");
      line.add(System.getProperty("java.class.path"));
      line.add(Main.class.getName());
      line.addAll(List.of(command));
      Path err = dir.resolve("err.txt");
      Process p = new ProcessBuilder(line).redirectOutput(full).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
      String message = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(1, p.exitValue(), message);
      assertTrue(message.endsWith("cannot write to standard output: " + FULL + "\n"), message);
      assertEquals(1, message.lines().count(), message);
    }
  }
}
