package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every strategy gives the same result files at any thread count, and after a real SIGKILL at
 * several points followed by {@code --resume}.
 */
final class SearchSweepTest {
  private static final List<String> FILES =
      List.of("trials.csv", "curves.csv", "evaluations.csv", "summary.csv", "manifest.json");

  @TempDir Path dir;

  private Path sweep(Path experiment, String out, String... more) {
    Path folder = dir.resolve(out);
    String[] args = new String[5 + more.length];
    args[0] = "sweep";
    args[1] = experiment.toString();
    args[2] = "--out";
    args[3] = folder.toString();
    args[4] = "--quiet";
    System.arraycopy(more, 0, args, 5, more.length);
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    return folder;
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    for (String f : FILES) {
      assertArrayEquals(
          Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
    }
    // A search's history.csv (none for a grid), in batch order: the same bytes too.
    assertEquals(
        Files.exists(expected.resolve("history.csv")), Files.exists(actual.resolve("history.csv")));
    if (Files.exists(expected.resolve("history.csv"))) {
      assertArrayEquals(
          Files.readAllBytes(expected.resolve("history.csv")),
          Files.readAllBytes(actual.resolve("history.csv")),
          "history.csv");
    }
    assertFalse(Files.exists(actual.resolve("journal.csv")), "the journal is deleted");
  }

  /**
   * One kill per strategy, in its last batch where it has several (halving, hyperband and genetic:
   * a trial of batch 1, after its promoted trials' state was lost and is retrained from episode 0).
   */
  @ParameterizedTest
  @CsvSource({
    "grid, trial-journaled#4",
    "random, trial-journaled#4",
    "halving, trial-journaled#20",
    "hyperband, trial-journaled#53",
    "genetic, trial-journaled#20",
  })
  void everyStrategy_sameFilesAtOneTwoFourThreads_andAfterSigkillAndResume(
      String kind, String killAt) throws Exception {
    Path experiment = SearchExperiments.write(dir, "Search", kind);
    Path one = sweep(experiment, "one", "--threads", "1");
    assertSameFiles(one, sweep(experiment, "two", "--threads", "2"));
    assertSameFiles(one, sweep(experiment, "four", "--threads", "4"));
    // Run again into its own finished folder (as the kept results are): the same files.
    assertSameFiles(one, sweep(experiment, "four", "--threads", "1"));
    String manifest = Files.readString(one.resolve("manifest.json"));
    assertTrue(manifest.contains("\"strategy\": \"" + kind + "\""), manifest);
    String header = Files.readAllLines(one.resolve("trials.csv")).get(0);
    assertEquals(!kind.equals("grid"), header.endsWith(",stage,budget,status,batch"), header);

    Path killed = dir.resolve("killed");
    ChildQsweep child =
        ChildQsweep.start(
            dir.resolve("child.log"),
            killAt,
            "sweep",
            experiment.toString(),
            "--out",
            killed.toString(),
            "--threads",
            "2",
            "--quiet");
    child.awaitPause().kill();
    assertTrue(Files.exists(killed.resolve("journal.csv")), "the kill left a journal");
    sweep(experiment, "killed", "--resume", "--threads", "2");
    assertSameFiles(one, killed);
  }
}
