package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report and reproduce refuse a results folder whose rows do not add up: exit 2, one line. */
final class ReadBackTest {
  @TempDir static Path dir;
  static Path experiment;
  static Path good;
  private static int copies;

  @BeforeAll
  static void sweep() throws IOException {
    experiment =
        ExperimentFiles.write(
            dir,
            "Back",
            "Grid.builder(\"back\").env(\"FrozenLake-v1\").learner(\"q-learning\")"
                + ".alpha(0.1, 0.5).gamma(0.9).epsilon(0.2).episodes(200).evalEvery(100)"
                + ".curveBins(4).replicates(2).seed(5)");
    good = dir.resolve("good");
    CliRun run = CliRun.of("sweep", experiment.toString(), "--out", good.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
  }

  /** A copy of the good folder with line {@code line} of {@code file} removed or doubled. */
  private static Path damaged(String file, int line, boolean doubled) throws IOException {
    Path copy = dir.resolve("copy" + copies++);
    Files.createDirectories(copy);
    try (var list = Files.list(good)) {
      for (Path p : list.toList()) {
        if (Files.isRegularFile(p)) {
          Files.copy(p, copy.resolve(p.getFileName()));
        }
      }
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(copy.resolve(file)));
    if (doubled) {
      lines.add(line, lines.get(line - 1));
    } else {
      lines.remove(line - 1);
    }
    Files.write(copy.resolve(file), lines);
    return copy;
  }

  @Test
  void reportAndReproduce_refuseMissingOrDuplicatedRows_namingFileAndLine() throws IOException {
    String[][] cases = {
      {
        "curves.csv",
        "3",
        "false",
        "curves.csv line 3: expected trial c001-r00 bin 1, found trial c001-r00 bin 2"
      },
      {
        "curves.csv",
        "6",
        "true",
        "curves.csv line 7: expected trial c001-r01 bin 1, found trial c001-r01 bin 0"
      },
      {
        "evaluations.csv",
        "2",
        "false",
        "evaluations.csv line 2: expected trial c001-r00 evaluation at episode 100, found"
      },
      {"trials.csv", "2", "true", "trials.csv line 3: trial c001-r00 is duplicated or out of"},
      {"trials.csv", "5", "false", "curves.csv line 14: trial c002-r01's row is extra"},
    };
    for (String[] c : cases) {
      Path folder = damaged(c[0], Integer.parseInt(c[1]), Boolean.parseBoolean(c[2]));
      for (CliRun run :
          List.of(
              CliRun.of("report", folder.toString()),
              CliRun.of("reproduce", folder.toString(), "c001-r00"))) {
        assertEquals(2, run.exitCode(), String.join(" ", c) + ": " + run.err());
        assertTrue(run.errorLine().contains(folder.resolve(c[3]).toString()), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
      }
    }
  }
}
