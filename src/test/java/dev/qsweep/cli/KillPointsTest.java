package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real sweep with SIGKILL at named points over its whole life, from before the journal
 * exists to the report's last rename, and finishes each one: the folder ends byte-identical to an
 * uninterrupted run's, holding only qsweep's documented files.
 */
final class KillPointsTest {
  /** The files and folders a finished results folder may hold (the README's table). */
  static final Set<String> DOCUMENTED =
      Set.of(
          ".qsweep.lock",
          "manifest.json",
          "trials.csv",
          "curves.csv",
          "history.csv",
          "evaluations.csv",
          "summary.csv",
          "timings.csv",
          "report.md",
          "charts");

  @TempDir static Path dir;
  static Path experiment;
  static Path whole;

  @BeforeAll
  static void uninterruptedRun() throws IOException {
    experiment =
        ExperimentFiles.write(
            dir,
            "Kills",
            "Grid.builder(\"kills\").env(\"FrozenLake-v1\").learner(\"q-learning\")"
                + ".alpha(0.1, 0.5).gamma(0.9, 0.99).epsilon(0.2).episodes(300).evalEvery(100)"
                + ".curveBins(10).replicates(3).seed(11)");
    whole = dir.resolve("whole");
    CliRun run = CliRun.of("sweep", experiment.toString(), "--out", whole.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void killAtEveryPointOfASweepsLife_thenFinish_givesTheUninterruptedFiles() throws Exception {
    // Before the journal, inside it, during the result files' renames, the manifest, the journal's
    // removal and the report's renames (report.md is the last).
    List<String> points =
        List.of(
            "folder-ready",
            "journal-created",
            "journal-header",
            "trial-journaled#1",
            "trial-journaled#7",
            "move:trials.csv",
            "move:evaluations.csv",
            "move:manifest.json",
            "results-written",
            "journal-deleted",
            "move:learning-return.png",
            "move:report.md");
    List<String> failures = new ArrayList<>();
    for (String point : points) {
      Path out = dir.resolve("killed-" + point.replaceAll("[^a-z0-9]", "_"));
      ChildQsweep child =
          ChildQsweep.start(
              dir.resolve(out.getFileName() + ".log"),
              point,
              "sweep",
              experiment.toString(),
              "--out",
              out.toString(),
              "--threads",
              "2",
              "--quiet");
      child.awaitPause().kill();
      // Before any trial is journaled a new sweep starts over; after, --resume finishes it.
      boolean fresh = point.startsWith("folder") || point.startsWith("journal-");
      CliRun finish =
          fresh && !point.equals("journal-deleted")
              ? CliRun.of("sweep", experiment.toString(), "--out", out.toString(), "--quiet")
              : CliRun.of(
                  "sweep", experiment.toString(), "--out", out.toString(), "--resume", "--quiet");
      if (finish.exitCode() != 0) {
        failures.add(point + ": exit " + finish.exitCode() + ": " + finish.err());
        continue;
      }
      String difference = difference(whole, out);
      if (difference != null) {
        failures.add(point + ": " + difference);
      }
    }
    assertEquals(List.of(), failures);
  }

  /** What differs between two finished folders (timings aside), or {@code null}. */
  static String difference(Path expected, Path actual) throws IOException {
    Set<String> names = listing(actual);
    if (!DOCUMENTED.containsAll(names)) {
      return "undocumented files " + names;
    }
    if (!names.equals(listing(expected))) {
      return "files " + names + ", expected " + listing(expected);
    }
    for (String name : names) {
      if (name.equals("timings.csv") || name.equals(".qsweep.lock")) {
        continue;
      }
      if (name.equals("charts")) {
        Set<String> charts = listing(actual.resolve("charts"));
        if (!charts.equals(listing(expected.resolve("charts")))) {
          return "charts " + charts;
        }
        for (String chart : charts) {
          if (!same(
              expected.resolve("charts").resolve(chart), actual.resolve("charts").resolve(chart))) {
            return "charts/" + chart + " differs";
          }
        }
      } else if (name.equals("report.md")) {
        // The report names its folder (in the commands that reproduce it); all else is the same.
        String text = Files.readString(actual.resolve(name)).replace(actual.toString(), "DIR");
        if (!text.equals(
            Files.readString(expected.resolve(name)).replace(expected.toString(), "DIR"))) {
          return name + " differs";
        }
      } else if (!same(expected.resolve(name), actual.resolve(name))) {
        return name + " differs";
      }
    }
    return null;
  }

  private static boolean same(Path a, Path b) throws IOException {
    try {
      assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
      return true;
    } catch (AssertionError e) {
      return false;
    }
  }

  /** {@code ls -a}, but . and .. */
  static Set<String> listing(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      Set<String> names = new TreeSet<>();
      list.forEach(p -> names.add(p.getFileName().toString()));
      return names;
    }
  }

  @Test
  void timedKills_duringTrials_thenResume_giveTheUninterruptedFiles() throws Exception {
    for (int delayMs : new int[] {2500, 5000}) {
      Path out = dir.resolve("timed-" + delayMs);
      ChildQsweep child =
          ChildQsweep.start(
              dir.resolve("timed-" + delayMs + ".log"),
              null,
              "sweep",
              experiment.toString(),
              "--out",
              out.toString(),
              "--threads",
              "2",
              "--quiet");
      Thread.sleep(delayMs);
      child.kill();
      boolean started = Files.exists(out.resolve("journal.csv"));
      List<String> args =
          new ArrayList<>(List.of("sweep", experiment.toString(), "--out", out.toString()));
      if (started) {
        args.add("--resume");
      }
      CliRun finish = CliRun.of(args.toArray(new String[0]));
      assertEquals(0, finish.exitCode(), delayMs + " ms: " + finish.err());
      String difference = difference(whole, out);
      assertTrue(difference == null, delayMs + " ms: " + difference);
    }
  }
}
