package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark scripts' argument checks ({@code scripts/lib/args.sh}), run through bash. */
final class ScriptArgsTest {
  private static final ScriptLib ARGS = new ScriptLib("args.sh");

  private static ScriptLib.Run bash(String script, String... args) throws Exception {
    return ARGS.bash(script, args);
  }

  @Test
  void whole_acceptsWholeNumbersFromTheLeastUp_readingLeadingZerosAsDecimal() throws Exception {
    for (String ok : List.of("1", "2", "64", "007", "08", "999999999")) {
      ScriptLib.Run r = bash("whole RUNS \"$1\" 1 && echo ok $((10#$1))", ok);
      assertEquals(0, r.exit(), ok + ": " + r.stderr());
      assertEquals("ok " + Long.parseLong(ok) + "\n", r.stdout(), ok);
    }
    assertEquals(0, bash("whole SEED \"$1\" 0", "0").exit());
  }

  @Test
  void whole_refusesEveryOtherValue_withOneLineNamingItAndTheRange() throws Exception {
    for (String bad :
        List.of("", "0", "-1", "+3", "1.5", "1e3", " 3", "3 ", "abc", "0x10", "1000000000", "٣")) {
      ScriptLib.Run r = bash("whole RUNS \"$1\" 1; echo reached", bad);
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
    ScriptLib.Run many = bash("at_most 3 \"A B C\" \"$@\"; echo reached", "1", "2", "3", "4");
    assertEquals(2, many.exit());
    assertEquals("", many.stdout());
    assertEquals("args.sh: takes at most 3 arguments (A B C), got 4: 1 2 3 4\n", many.stderr());
    ScriptLib.Run one = bash("at_most 1 RUNS \"$@\"", "1", "2");
    assertTrue(one.stderr().startsWith("args.sh: takes at most 1 argument (RUNS), got 2"));
    assertEquals(0, bash("at_most 0 \"\" \"$@\"").exit());
    ScriptLib.Run none = bash("at_most 0 \"\" \"$@\"", "x");
    assertEquals(2, none.exit());
    assertEquals("args.sh: takes no arguments, got 1: x\n", none.stderr());
  }
}
