package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.run.SweepRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A trial that throws inside a search stops it in one line, keeping the journal and writing no
 * result; {@code --resume} once the cause is gone finishes with an uninterrupted run's bytes. The
 * experiment's own code throwing while the strategy proposes is one line, exit 2.
 */
final class SearchFailureTest {
  private static final List<String> FILES =
      List.of("trials.csv", "curves.csv", "evaluations.csv", "summary.csv", "manifest.json");

  @TempDir Path dir;

  @AfterEach
  void restore() {
    SweepRunner.setTrialFaultForTests(null);
  }

  private CliRun sweep(Path experiment, Path out, String... more) {
    String[] args = new String[7 + more.length];
    System.arraycopy(
        new String[] {
          "sweep", experiment.toString(), "--out", out.toString(), "--quiet", "--threads", "2"
        },
        0,
        args,
        0,
        7);
    System.arraycopy(more, 0, args, 7, more.length);
    return CliRun.of(args);
  }

  /**
   * The fault fails replicate 1 of the trials of a later batch: a promoted trial continuing
   * (halving, Hyperband) or an individual of generation 1 (genetic).
   */
  @ParameterizedTest
  @ValueSource(strings = {"halving", "hyperband", "genetic"})
  void aTrialThatThrows_stopsTheSearchInOneLine_andResumeFinishesWithTheSameBytes(String kind)
      throws IOException {
    Path experiment = SearchExperiments.write(dir, "Search", kind);
    Path whole = dir.resolve("whole");
    CliRun clean = sweep(experiment, whole);
    assertEquals(0, clean.exitCode(), clean.err());

    SweepRunner.setTrialFaultForTests(
        (trial, from, budget) -> {
          boolean later = kind.equals("genetic") ? trial.id().startsWith("g001-") : from > 0;
          if (later && trial.spec().replicate() == 1) {
            throw new IllegalStateException("injected failure");
          }
        });
    Path failed = dir.resolve("failed");
    CliRun run = sweep(experiment, failed);
    assertEquals(1, run.exitCode(), run.err());
    String line = run.err().strip();
    assertFalse(line.contains("\n"), line);
    assertTrue(line.startsWith("qsweep sweep: the " + kind + " search stopped: trial "), line);
    assertTrue(line.contains("IllegalStateException: injected failure"), line);
    assertTrue(line.endsWith("is kept: remove the cause and rerun with --resume"), line);
    assertTrue(Files.exists(failed.resolve("journal.csv")), "the journal is kept");
    assertTrue(Files.readString(failed.resolve("journal.csv")).contains("\nF,"), "F record");
    for (String f : List.of("trials.csv", "curves.csv", "evaluations.csv", "summary.csv")) {
      assertFalse(Files.exists(failed.resolve(f)), f + " is not written half");
    }
    assertFalse(Files.exists(failed.resolve("manifest.json")));
    assertFalse(Files.exists(failed.resolve("report.md")));

    // Still failing: the same line again, nothing written.
    CliRun again = sweep(experiment, failed, "--resume");
    assertEquals(1, again.exitCode(), again.err());
    assertFalse(Files.exists(failed.resolve("trials.csv")));

    SweepRunner.setTrialFaultForTests(null);
    CliRun resumed = sweep(experiment, failed, "--resume");
    assertEquals(0, resumed.exitCode(), resumed.err());
    for (String f : FILES) {
      assertArrayEquals(
          Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(failed.resolve(f)), f);
    }
    assertFalse(Files.exists(failed.resolve("journal.csv")));
  }

  /** A space whose alpha template throws for alphas in the middle of the range, not its ends. */
  private static final String THROWING_SPACE =
      "SearchSpace.builder(\"s\").env(\"FrozenLake-v1\").learner(\"q-learning\")"
          + ".dimension(\"a\", Dimension.uniform(0.1, 0.9))"
          + ".alpha(p -> { if (Math.abs(p.value(\"a\") - 0.5) < 0.3) {"
          + " throw new ArithmeticException(\"no alpha near 0.5\"); }"
          + " return dev.qsweep.schedule.Schedule.constant(p.value(\"a\")); })"
          + ".gamma(Dimension.uniform(0.9, 0.99)).epsilon(Dimension.logUniform(0.05, 0.5))"
          + ".episodes(300).replicates(3).seed(11).build()";

  /** A strategy of the experiment's own whose next() throws. */
  private static final String OWN_STRATEGY =
      "new Strategy() {"
          + " public String name() { return \"mine\"; }"
          + " public java.util.Map<String, String> settings() { return java.util.Map.of(); }"
          + " public java.util.Optional<Batch> next(java.util.List<java.util.List<Outcome>> d) {"
          + " throw new UnsupportedOperationException(\"not yet\"); }"
          + " public java.util.List<Stage> plan() {"
          + " return java.util.List.of(new Stage(\"all\", 1, 300)); } }";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "random|next() threw java.lang.ArithmeticException: no alpha near 0.5",
        "hyperband|next() threw java.lang.ArithmeticException: no alpha near 0.5",
        "genetic|next() threw java.lang.ArithmeticException: no alpha near 0.5",
        "own|next() threw java.lang.UnsupportedOperationException: not yet",
      })
  void experimentCodeThrowingWhileTheStrategyProposes_isOneLine_exit2(String kind, String message)
      throws IOException {
    Path experiment =
        kind.equals("own")
            ? SearchExperiments.writeGrid(dir, "Throws", OWN_STRATEGY)
            : SearchExperiments.writeSpace(
                dir, "Throws", THROWING_SPACE, SearchExperiments.strategy(kind));
    for (String dryRun : new String[] {"--resume", "--dry-run"}) {
      Path out = dir.resolve("out" + dryRun);
      CliRun run = sweep(experiment, out, dryRun.equals("--dry-run") ? "--dry-run" : "--overwrite");
      assertEquals(2, run.exitCode(), run.err());
      String line = run.err().strip();
      assertFalse(line.contains("\n"), line);
      assertTrue(line.startsWith("qsweep sweep: " + experiment), line);
      assertTrue(line.contains(message), line);
      assertFalse(Files.exists(out.resolve("journal.csv")), "nothing before the first batch");
      assertFalse(Files.exists(out.resolve("trials.csv")));
    }
  }
}
