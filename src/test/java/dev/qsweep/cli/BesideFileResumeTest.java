package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep whose experiment compiles an environment from a file beside it, killed unfinished: an
 * edit of that file refuses {@code --resume}, as an edit of the experiment itself does.
 */
final class BesideFileResumeTest {
  @TempDir Path dir;

  private static final String CHAIN =
      "import dev.qsweep.env.*;\n"
          + "public final class Chain implements TabularEnvironment {\n"
          + "  public String id() { return \"Chain-v0\"; }\n"
          + "  public int stateCount() { return 2; }\n"
          + "  public int actionCount() { return 2; }\n"
          + "  public TabularModel.Builder define(TabularModel.Builder m) {\n"
          + "    return m.outcome(0, 0, 1.0, 0, -1, false, false, false)\n"
          + "        .outcome(0, 1, 1.0, 1, REWARD, false, false, false)\n"
          + "        .outcome(1, 0, 1.0, 1, 1, true, false, true)\n"
          + "        .outcome(1, 1, 1.0, 0, -1, false, false, false)\n"
          + "        .initial(0, 1.0);\n"
          + "  }\n"
          + "}\n";

  private static final String EXPERIMENT =
      "import dev.qsweep.env.*;\n"
          + "import dev.qsweep.experiment.*;\n"
          + "import java.util.List;\n"
          + "public final class UsesChain implements Experiment {\n"
          + "  public List<TabularEnvironment> environments() { return List.of(new Chain()); }\n"
          + "  public Grid grid() { return Grid.builder(\"chain\").env(\"Chain-v0\")"
          + ".learner(\"q-learning\", \"sarsa\").alpha(0.1, 0.5).gamma(0.9).epsilon(0.1)"
          + ".episodes(200).replicates(3).seed(3).build(); }\n"
          + "}\n";

  @Test
  void resume_afterAnEditOfAFileCompiledBesideTheExperiment_isRefusedInOneLine() throws Exception {
    Path chain = dir.resolve("Chain.java");
    Files.writeString(chain, CHAIN.replace("REWARD", "-1"));
    Path experiment = dir.resolve("UsesChain.java");
    Files.writeString(experiment, EXPERIMENT);
    Path out = dir.resolve("out");
    String[] sweep = {"sweep", experiment.toString(), "--out", out.toString(), "--threads", "1"};

    // Stopped for good after its third trial reached the journal: a sweep left unfinished.
    ChildQsweep child =
        ChildQsweep.start(dir.resolve("child.log"), "trial-journaled#3", append(sweep, "--quiet"));
    child.awaitPause().kill();
    assertTrue(Files.exists(out.resolve("journal.csv")), child.output());
    assertFalse(Files.exists(out.resolve("trials.csv")), "unfinished: no results yet");

    Files.writeString(chain, CHAIN.replace("REWARD", "-2"));
    CliRun edited = CliRun.of(append(sweep, "--resume"));
    assertEquals(2, edited.exitCode(), edited.err());
    assertEquals(1, edited.err().lines().count(), edited.err());
    assertTrue(
        edited
            .errorLine()
            .startsWith(
                "qsweep sweep: cannot resume: "
                    + out
                    + " holds an unfinished sweep of another experiment, version of it"),
        edited.errorLine());
    assertFalse(Files.exists(out.resolve("trials.csv")), "nothing written");

    // The same refusal for an edit of the experiment itself; and none once both are as they were.
    Files.writeString(chain, CHAIN.replace("REWARD", "-1"));
    Files.writeString(experiment, EXPERIMENT.replace(".seed(3)", ".seed(3) "));
    assertEquals(2, CliRun.of(append(sweep, "--resume")).exitCode());
    Files.writeString(experiment, EXPERIMENT);
    CliRun resumed = CliRun.of(append(sweep, "--resume", "--quiet"));
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertTrue(resumed.out().contains("(3 already done)"), resumed.out());
  }

  private static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
