package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The results kept in the repository are what the shipped experiments produce, to the byte. */
final class KeptResultsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "TutorialGrid,tutorial-grid",
    "DecaySchedules,decay-schedules",
    "TutorialHalving,tutorial-halving",
    "TutorialHyperband,tutorial-hyperband",
    "TutorialRandom,tutorial-random",
    "TutorialGenetic,tutorial-genetic"
  })
  void rerunningAShippedExperiment_reproducesTheKeptTrialsCsv(String experiment, String folder)
      throws IOException {
    Path kept = Path.of("results", folder);
    assertTrue(Files.isDirectory(kept), kept + " is kept in the repository");
    Path out = dir.resolve(folder);
    CliRun run =
        CliRun.of(
            "sweep", "experiments/" + experiment + ".java", "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    for (String file : new String[] {"trials.csv", "curves.csv", "summary.csv"}) {
      assertArrayEquals(
          Files.readAllBytes(kept.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
    }
    // A search's history.csv (the kept grids have none).
    assertEquals(
        Files.exists(kept.resolve("history.csv")), Files.exists(out.resolve("history.csv")));
    if (Files.exists(kept.resolve("history.csv"))) {
      assertArrayEquals(
          Files.readAllBytes(kept.resolve("history.csv")),
          Files.readAllBytes(out.resolve("history.csv")),
          "history.csv");
    }
    assertTrue(Files.exists(kept.resolve("report.md")));
    // The kept results belong to the experiment file as it is now (regenerate them after an edit).
    String sha =
        Hashing.sha256()
            .hashBytes(Files.readAllBytes(Path.of("experiments", experiment + ".java")))
            .toString();
    assertTrue(
        Files.readString(kept.resolve("manifest.json"))
            .contains("\"source_sha256\": \"" + sha + "\""),
        "results/" + folder + " was made from another version of " + experiment + ".java");
  }
}
