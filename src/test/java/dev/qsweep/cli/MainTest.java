package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

final class MainTest {
  private static final List<String> ALL =
      List.of(
          "train",
          "sweep",
          "report",
          "compare",
          "reproduce",
          "replay",
          "merge",
          "envs",
          "model",
          "solve",
          "render",
          "bench");

  private static CommandLine tree(String... args) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    return Main.commandLine(sink, sink, args);
  }

  @Test
  void aCommandLineNamingACommand_buildsThatCommandAlone_withTheSameHelpAsTheWholeTree() {
    CommandLine whole = tree();
    assertEquals(ALL, List.copyOf(whole.getSubcommands().keySet()));
    for (String name : ALL) {
      CommandLine alone = tree(name, "--some-option", "value");
      assertEquals(List.of(name), List.copyOf(alone.getSubcommands().keySet()));
      assertEquals(
          whole.getSubcommands().get(name).getUsageMessage(),
          alone.getSubcommands().get(name).getUsageMessage(),
          name);
    }
  }

  @Test
  void aCommandLineNamingNoCommand_buildsTheWholeTree() {
    for (String[] args :
        new String[][] {
          {}, {"--help"}, {"--version"}, {"swep"}, {"Sweep"}, {""}, {"-h", "sweep"}
        }) {
      assertEquals(ALL, List.copyOf(tree(args).getSubcommands().keySet()), String.join(" ", args));
    }
  }

  @Test
  void help_listsEveryCommand_inOrder() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exitCode(), run.err());
    int at = run.out().indexOf("Commands:");
    assertTrue(at > 0, run.out());
    for (String name : ALL) {
      int next = run.out().indexOf("\n  " + name + " ", at);
      assertTrue(next > at, name + " after the one before it in: " + run.out());
      at = next;
    }
  }

  @Test
  void help_givesEachCommandAWholeSentence() {
    // The list shows each description's first line only.
    CliRun run = CliRun.of("--help");
    for (String name : ALL) {
      String line =
          run.out().lines().filter(l -> l.startsWith("  " + name + " ")).findFirst().orElseThrow();
      assertTrue(line.endsWith("."), line);
    }
  }

  @Test
  void noCommand_namesEveryCommand_inOrder() {
    CliRun run = CliRun.of();
    assertEquals(2, run.exitCode());
    assertEquals("qsweep: missing command: " + String.join(", ", ALL), run.errorLine());
  }
}
