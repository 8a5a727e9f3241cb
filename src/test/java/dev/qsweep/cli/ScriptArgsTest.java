package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark scripts' argument checks ({@code scripts/lib/args.sh}), run through bash. */
final class ScriptArgsTest {
  private static final Path ARGS = Path.of("scripts/lib/args.sh").toAbsolutePath();

  private record Run(int exit, String stdout, String stderr) {}

  /** Runs {@code script} after sourcing the checks, as a script named {@code bench-x}. */
  private static Run bash(String script, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", "-c", "source \"$0\"; " + script));
    // $0 inside the checks is the script's name; here, the file itself.
    command.add(ARGS.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("args", ".out");
    Path err = Files.createTempFile("args", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      int exit = p.waitFor();
      return new Run(
          exit,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  @Test
  void whole_acceptsWholeNumbersFromTheLeastUp_readingLeadingZerosAsDecimal() throws Exception {
    for (String ok : List.of("1", "2", "64", "007", "08", "999999999")) {
      Run r = bash("whole RUNS \"$1\" 1 && echo ok $((10#$1))", ok);
      assertEquals(0, r.exit(), ok + ": " + r.stderr());
      assertEquals("ok " + Long.parseLong(ok) + "\n", r.stdout(), ok);
    }
    assertEquals(0, bash("whole SEED \"$1\" 0", "0").exit());
  }

  @Test
  void whole_refusesEveryOtherValue_withOneLineNamingItAndTheRange() throws Exception {
    for (String bad :
        List.of("", "0", "-1", "+3", "1.5", "1e3", " 3", "3 ", "abc", "0x10", "1000000000", "٣")) {
      Run r = bash("whole RUNS \"$1\" 1; echo reached", bad);
      assertEquals(2, r.exit(), "'" + bad + "'");
      assertEquals("", r.stdout(), "'" + bad + "': nothing runs after a refusal");
      assertEquals(
          "args.sh: RUNS is "
              + (bad.isEmpty() ? "empty" : bad)
              + "; it must be a whole number from 1 to 999999999\n",
          r.stderr(),
          "'" + bad + "'");
    }
  }

  @Test
  void atMost_countsTheArgumentsAfterTheUsage() throws Exception {
    assertEquals(0, bash("at_most 3 \"A B C\" \"$@\"", "1", "2", "3").exit());
    assertEquals(0, bash("at_most 1 RUNS \"$@\"").exit());
    Run many = bash("at_most 3 \"A B C\" \"$@\"; echo reached", "1", "2", "3", "4");
    assertEquals(2, many.exit());
    assertEquals("", many.stdout());
    assertEquals("args.sh: takes at most 3 arguments (A B C), got 4: 1 2 3 4\n", many.stderr());
    Run one = bash("at_most 1 RUNS \"$@\"", "1", "2");
    assertTrue(one.stderr().startsWith("args.sh: takes at most 1 argument (RUNS), got 2"));
    assertEquals(0, bash("at_most 0 \"\" \"$@\"").exit());
    Run none = bash("at_most 0 \"\" \"$@\"", "x");
    assertEquals(2, none.exit());
    assertEquals("args.sh: takes no arguments, got 1: x\n", none.stderr());
  }
}
