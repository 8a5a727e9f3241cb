package dev.qsweep.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExperimentLoaderTest {
  @Test
  void everyShippedExperiment_compilesAndExpands() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("experiments"))) {
      files = list.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(files.size() >= 5, "experiments: " + files);
    for (Path file : files) {
      ExperimentLoader.Loaded loaded = ExperimentLoader.load(file);
      assertEquals(64, loaded.sha256().length());
      if (!(loaded.sweep() instanceof Grid grid)) {
        // A search over a space (its strategies are checked in SpaceSearchTest).
        assertFalse(loaded.experiment() instanceof Experiment, file.toString());
        assertThrows(IllegalStateException.class, loaded::grid);
        continue;
      }
      assertTrue(grid.trialCount() > 0, file.toString());
      for (int i = 0; i < grid.trialCount(); i++) {
        assertEquals(i, grid.indexOf(grid.trial(i).id()), "trial ids map back to their index");
      }
      assertEquals(file.getFileName().toString().replace(".java", ""), loaded.className());
    }
  }

  @Test
  void readmesExperimentExample_compilesAndExpands(@TempDir Path dir) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```java\n");
    int end = readme.indexOf("```", start + 7);
    assertTrue(start >= 0 && end > start, "README has a java example");
    String code = readme.substring(start + "```java\n".length(), end);
    assertTrue(code.contains("public final class TaxiDecay"), code);
    Path file = dir.resolve("TaxiDecay.java");
    Files.writeString(file, code);
    Grid grid = ExperimentLoader.load(file).grid();
    assertEquals("taxi-decay", grid.name());
    assertTrue(grid.trialCount() > 0);
  }

  @Test
  void load_packagedExperiment_findsItsClass(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Mine.java");
    Files.writeString(
        file,
        "package my.lab;\n"
            + "import dev.qsweep.experiment.*;\n"
            + "public final class Mine implements Experiment {\n"
            + "  public Grid grid() {\n"
            + "    return Grid.builder(\"mine\").env(\"CliffWalking-v1\").learner(\"sarsa\")\n"
            + "        .alpha(0.5).gamma(1.0).epsilon(0.1).episodes(10).build();\n"
            + "  }\n"
            + "}\n");
    ExperimentLoader.Loaded loaded = ExperimentLoader.load(file);
    assertEquals("my.lab.Mine", loaded.className());
    assertEquals("mine", loaded.grid().name());
  }

  @Test
  void compileError_isReportedWithFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Broken.java");
    Files.writeString(
        file,
        "import dev.qsweep.experiment.*;\n"
            + "public final class Broken implements Experiment {\n"
            + "  public Grid grid() {\n"
            + "    return Grid.builder(\"b\").alhpa(0.1).build();\n"
            + "  }\n"
            + "}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExperimentLoader.load(file));
    assertTrue(e.getMessage().startsWith(file + ":4: error: cannot find symbol"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void classThatIsNotAnExperiment_isRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Plain.java");
    Files.writeString(file, "public final class Plain {}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExperimentLoader.load(file));
    assertEquals(
        file
            + ": class Plain must implement dev.qsweep.experiment.Experiment"
            + " (or dev.qsweep.search.SpaceSearch to search a space; or, for a file that only defines"
            + " an environment, dev.qsweep.env.TabularEnvironment)",
        e.getMessage());
  }

  @Test
  void missingFile_andNotJava_areRefused(@TempDir Path dir) throws IOException {
    assertEquals(
        "experiment file " + dir.resolve("None.java") + " does not exist",
        assertThrows(
                IllegalArgumentException.class,
                () -> ExperimentLoader.load(dir.resolve("None.java")))
            .getMessage());
    Path yaml = dir.resolve("grid.yaml");
    Files.writeString(yaml, "alpha: 0.1\n");
    assertThrows(IllegalArgumentException.class, () -> ExperimentLoader.load(yaml));
  }

  @Test
  void badGridValue_namesTheFileAndTheValue(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("Hot.java");
    Files.writeString(
        file,
        "import dev.qsweep.experiment.*;\n"
            + "public final class Hot implements Experiment {\n"
            + "  public Grid grid() {\n"
            + "    return Grid.builder(\"hot\").env(\"Taxi-v3\").learner(\"sarsa\")\n"
            + "        .alpha(1.5).gamma(1.0).epsilon(0.1).episodes(10).build();\n"
            + "  }\n"
            + "}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExperimentLoader.load(file));
    assertEquals(file + ":5: alpha 1.5 is out of range; alpha must be in (0, 1]", e.getMessage());
  }
}
