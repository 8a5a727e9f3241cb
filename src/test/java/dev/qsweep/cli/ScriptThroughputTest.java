package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench-vs-c's figure for two processes at once ({@code scripts/lib/throughput.sh}), run through
 * bash: both processes' steps over the longer one's time, and the sum of their own rates beside it.
 */
final class ScriptThroughputTest {
  private static final ScriptLib THROUGHPUT = new ScriptLib("throughput.sh");

  /** The C yardstick's output for one run (taxi_q --lanes 4), with its numbers replaced. */
  private static String c(long steps, double nsPerStep) {
    return "Config: episodes=1000 seed=1 cap=200 alpha=0.1 gamma=0.6 eps=0.1 kernel=tuned lanes=4\n"
        + "total_steps   "
        + steps
        + "\nterminated    3038  truncated 962\ntrain_penalties 18639\nwall_s        0.008778\n"
        + "ns_per_step   "
        + nsPerStep
        + "\nsteps_per_s   5.029e+07\n"
        + "q_checksum    -6836.2244993361765   (seed 1, steps 110744)\n";
  }

  private static ScriptLib.Run pair(Path dir, String a, String b) throws Exception {
    Files.writeString(dir.resolve("a"), a, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b"), b, StandardCharsets.UTF_8);
    return THROUGHPUT.bash(
        "pair_throughput \"$1/a\" \"$1/b\" \"$1/summed\"", dir.toAbsolutePath().toString());
  }

  /** Runs the pair and checks its figure and the sum of its rates, as the script prints them. */
  private static void assertPair(Path dir, String a, String b, String together, String summed)
      throws Exception {
    ScriptLib.Run r = pair(dir, a, b);
    assertEquals(0, r.exit(), r.stderr());
    assertEquals(together, r.stdout());
    assertEquals(summed + "\n", Files.readString(dir.resolve("summed"), StandardCharsets.UTF_8));
  }

  @Test
  void pairThatEndsTogether_givesItsSummedRates(@TempDir Path dir) throws Exception {
    assertPair(dir, c(1_000_000, 10), c(1_000_000, 10), "2e+08", "2e+08");
  }

  @Test
  void pairThatEndsApart_isChargedTheLongerProcessTime(@TempDir Path dir) throws Exception {
    // 10 ms and 16 ms: two million steps in 16 ms; the rates' sum counts the first core's idle
    // 6 ms as work.
    assertPair(dir, c(1_000_000, 10), c(1_000_000, 16), "1.25e+08", "1.625e+08");
    assertPair(dir, c(1_000_000, 16), c(1_000_000, 10), "1.25e+08", "1.625e+08");
  }

  @Test
  void runsBackToBack_addUpPerProcess(@TempDir Path dir) throws Exception {
    // a: 1e6 steps in 10 ms, then 3e6 in 60 ms; b: 2e6 in 20 ms. 6e6 steps in 70 ms; the sum is
    // 4e6 / 70 ms + 2e6 / 20 ms.
    assertPair(
        dir, c(1_000_000, 10) + c(3_000_000, 20), c(2_000_000, 10), "8.571e+07", "1.571e+08");
  }

  @Test
  void qsweepBenchOutput_isReadAsC(@TempDir Path dir) throws Exception {
    CliRun bench = CliRun.of("bench", "--episodes", "2000", "--lanes", "2", "--runs", "1");
    assertEquals(0, bench.exitCode(), bench.err());
    ScriptLib.Run r = pair(dir, bench.out(), bench.out());
    assertEquals(0, r.exit(), r.stderr());
    long steps = Long.parseLong(field(bench.out(), "total_steps"));
    double ns = Double.parseDouble(field(bench.out(), "ns_per_step"));
    assertEquals(2 * 1e9 / ns, Double.parseDouble(r.stdout()), 1e-3 * 1e9 / ns, bench.out());
    assertTrue(steps > 2000, bench.out());
  }

  @Test
  void outputWithoutAWholeRun_isRefusedNamingTheFile(@TempDir Path dir) throws Exception {
    String killed = "total_steps   441445\nterminated    3038  truncated 962\n";
    String noTotal = "ns_per_step   19.884\n";
    for (String bad : new String[] {"", killed, noTotal, "ns_per_step 0\ntotal_steps 5\n"}) {
      ScriptLib.Run r = pair(dir, c(1_000_000, 10), bad);
      assertEquals(1, r.exit(), bad);
      assertEquals("", r.stdout(), bad);
      assertEquals(
          "bench-vs-c: "
              + dir.toAbsolutePath().resolve("b")
              + " holds no run (a total_steps line, then ns_per_step)\n",
          r.stderr(),
          bad);
      ScriptLib.Run swapped = pair(dir, bad, c(1_000_000, 10));
      assertEquals(1, swapped.exit(), bad);
      assertTrue(swapped.stderr().contains(dir.toAbsolutePath().resolve("a") + " holds no run"));
    }
  }

  private static String field(String output, String key) {
    for (String line : Splitter.on('\n').split(output)) {
      List<String> words =
          Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().splitToList(line);
      if (!words.isEmpty() && words.get(0).equals(key)) {
        return words.get(1);
      }
    }
    throw new AssertionError(key + " not in " + output);
  }
}
