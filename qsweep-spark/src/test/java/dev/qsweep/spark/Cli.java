package dev.qsweep.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qsweep.cli.Main;
import dev.qsweep.experiment.ExperimentFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test support: qsweep's command line run in this JVM, experiment files, and results compared. */
final class Cli {
  /** The files that must be the same bytes wherever the trials ran (the manifest holds no time). */
  static final List<String> SAME_BYTES =
      List.of("trials.csv", "curves.csv", "summary.csv", "evaluations.csv", "manifest.json");

  private Cli() {}

  /** What a command did. */
  record Run(int exitCode, String out, String err) {
    /** Its first line on standard error. */
    String errorLine() {
      int newline = err.indexOf('\n');
      return newline < 0 ? err : err.substring(0, newline);
    }
  }

  /** Runs {@code qsweep args...}. */
  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** A small sweep: two learners and two exploration schedules on Taxi, 3 replicates each. */
  static Path smallSweep(Path dir) throws IOException {
    return ExperimentFiles.write(
        dir,
        "Small",
        "Grid.builder(\"small\").env(\"Taxi-v3\").learner(\"q-learning\", \"sarsa\")"
            + ".alpha(0.1).gamma(0.6).epsilon(constant(0.1), exponential(0.5, 0.99, 0.01))"
            + ".episodes(400).evalEvery(200).curveBins(20).replicates(3).seed(11)");
  }

  /**
   * Asserts that {@code a} and {@code b} hold the same bytes in every file of {@link #SAME_BYTES}.
   */
  static void assertSameResults(Path a, Path b) throws IOException {
    for (String file : SAME_BYTES) {
      assertEquals(Files.exists(a.resolve(file)), Files.exists(b.resolve(file)), file);
      if (Files.exists(a.resolve(file))) {
        assertArrayEquals(
            Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
      }
    }
  }
}
