package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.util.Csv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SweepRunnerTest {
  @TempDir Path dir;

  private ExperimentLoader.Loaded small() throws IOException {
    return Sweeps.load(Sweeps.experiment(dir, "Small", Sweeps.smallGrid("small")));
  }

  private static void assertSameFiles(Path a, Path b) throws IOException {
    List<String> names = Sweeps.deterministicFiles(a);
    assertEquals(names, Sweeps.deterministicFiles(b));
    assertTrue(
        names.contains(ResultFiles.TRIALS) && names.contains(ResultFiles.CURVES), names.toString());
    for (String name : names) {
      assertArrayEquals(
          Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
    }
  }

  @Test
  void results_areByteIdentical_atOneTwoAndFourThreads_andBetweenRuns() throws IOException {
    ExperimentLoader.Loaded e = small();
    Sweeps.run(e, dir.resolve("t1"), 1);
    Sweeps.run(e, dir.resolve("t2"), 2);
    Sweeps.run(e, dir.resolve("t4"), 4);
    Sweeps.run(e, dir.resolve("t2-again"), 2);
    assertSameFiles(dir.resolve("t1"), dir.resolve("t2"));
    assertSameFiles(dir.resolve("t1"), dir.resolve("t4"));
    assertSameFiles(dir.resolve("t2"), dir.resolve("t2-again"));
    Csv.Table trials = Csv.read(dir.resolve("t1").resolve(ResultFiles.TRIALS));
    assertEquals(48, trials.rows().size());
    assertEquals("c001-r00", trials.rows().get(0).get(0));
    assertFalse(Files.exists(dir.resolve("t1").resolve(Journal.FILE)), "journal removed when done");
    assertEquals(48 * 10, Csv.read(dir.resolve("t1").resolve(ResultFiles.CURVES)).rows().size());
    assertEquals(
        48 * 4, Csv.read(dir.resolve("t1").resolve(ResultFiles.EVALUATIONS)).rows().size());
  }

  @Test
  void resume_afterAJournalCutMidLine_finishesWithIdenticalFiles() throws IOException {
    ExperimentLoader.Loaded e = small();
    Path whole = dir.resolve("whole");
    Sweeps.run(e, whole, 2);
    // A sweep that stopped: only the first trials' records, the last one cut in the middle.
    Path cut = dir.resolve("cut");
    Files.createDirectories(cut);
    List<String> lines = journalOf(e, dir.resolve("journal-source"));
    int keep = lines.size() / 3;
    String partial = lines.get(keep).substring(0, lines.get(keep).length() / 2);
    String text = String.join("\n", lines.subList(0, keep)) + "\n" + partial;
    Files.writeString(cut.resolve(Journal.FILE), text);
    SweepRunner.Outcome outcome =
        SweepRunner.run(
            e,
            cut,
            new SweepRunner.Settings(2, true, 1, 1, false),
            new PrintWriter(new StringWriter()));
    assertTrue(outcome.trialsReused() > 0 && outcome.trialsRun() > 0, outcome.toString());
    assertEquals(48, outcome.trialsReused() + outcome.trialsRun());
    assertSameFiles(whole, cut);
  }

  /** The journal lines of a full run (kept by failing the last step: we copy it before removal). */
  static List<String> journalOf(ExperimentLoader.Loaded e, Path out) throws IOException {
    return journalOf(e, out, e.grid().trialCount());
  }

  /** The journal lines of a sweep that ran its first {@code trials} trials. */
  static List<String> journalOf(ExperimentLoader.Loaded e, Path out, int trials)
      throws IOException {
    Files.createDirectories(out);
    Journal.Header header =
        new Journal.Header(Versions.qsweep(), e.sha256(), e.grid().trialCount(), "1/1");
    try (Journal j = Journal.create(out, header)) {
      for (int i = 0; i < trials; i++) {
        var trial = e.grid().trial(i);
        TrialResult r = TrialRunner.run(trial.spec());
        int limit = trial.spec().environment().dynamics().maxEpisodeSteps();
        j.append(
            new TrialRows(
                TrialRecords.trialRow(trial, r, limit),
                TrialRecords.curveRows(trial.id(), r.curve()),
                TrialRecords.evaluationRows(trial.id(), r.evaluations()),
                TrialRecords.timingRow(trial.id(), r)));
      }
    }
    return Files.readAllLines(Journal.file(out));
  }

  @Test
  void resumeOfAFinishedSweep_runsNothing_andLeavesTheFilesAsTheyAre() throws IOException {
    ExperimentLoader.Loaded e = small();
    Path out = dir.resolve("done");
    Sweeps.run(e, out, 2);
    byte[] trials = Files.readAllBytes(out.resolve(ResultFiles.TRIALS));
    SweepRunner.Outcome again =
        SweepRunner.run(
            e,
            out,
            new SweepRunner.Settings(2, true, 1, 1, false),
            new PrintWriter(new StringWriter()));
    assertEquals(0, again.trialsRun());
    assertEquals(48, again.trialsReused());
    assertArrayEquals(trials, Files.readAllBytes(out.resolve(ResultFiles.TRIALS)));
    assertFalse(Files.exists(Journal.file(out)));
  }

  @Test
  void unfinishedSweep_withoutResume_isRefused_andAChangedGridCannotResume() throws IOException {
    ExperimentLoader.Loaded e = small();
    Path out = dir.resolve("out");
    journalOf(e, out, 2);
    IllegalArgumentException notResumed =
        assertThrows(IllegalArgumentException.class, () -> Sweeps.run(e, out, 1));
    assertEquals(
        out + " holds an unfinished sweep; add --resume to finish it, or --overwrite to start over",
        notResumed.getMessage());
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    try (Journal j =
        Journal.create(other, new Journal.Header(Versions.qsweep(), "0000", 48, "1/1"))) {
      j.appendFailure("c001-r00", "boom");
    }
    for (boolean resume : new boolean[] {false, true}) {
      IllegalArgumentException changed =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  SweepRunner.run(
                      e,
                      other,
                      new SweepRunner.Settings(1, resume, 1, 1, false),
                      new PrintWriter(new StringWriter())));
      assertTrue(
          changed
              .getMessage()
              .startsWith(
                  (resume ? "cannot resume: " : "")
                      + other
                      + " holds an unfinished sweep of another experiment"),
          changed.getMessage());
    }
    assertFalse(Files.exists(other.resolve(ResultFiles.TRIALS)));
    assertFalse(Files.exists(out.resolve(ResultFiles.TRIALS)));
  }

  @Test
  void shards_mergeIntoTheSingleRun_byteForByte() throws IOException {
    ExperimentLoader.Loaded e = small();
    Path whole = dir.resolve("whole");
    Sweeps.run(e, whole, 2);
    for (int i = 1; i <= 3; i++) {
      SweepRunner.run(
          e,
          dir.resolve("s" + i),
          new SweepRunner.Settings(1, false, i, 3, false),
          new PrintWriter(new StringWriter()));
    }
    assertEquals(16, Csv.read(dir.resolve("s2").resolve(ResultFiles.TRIALS)).rows().size());
    Path merged = dir.resolve("merged");
    ShardMerger.merge(merged, List.of(dir.resolve("s3"), dir.resolve("s1"), dir.resolve("s2")));
    assertSameFiles(whole, merged);
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ShardMerger.merge(
                    dir.resolve("m2"), List.of(dir.resolve("s1"), dir.resolve("s2"))));
    assertEquals(
        "the grid was split into 3 shards but 2 were given (1/3, 2/3)", missing.getMessage());
  }

  @Test
  void shardWithAMalformedCurvesFile_isRefused_andNoMergedFileIsWritten() throws IOException {
    ExperimentLoader.Loaded e = small();
    List<Path> shards = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      Path shard = dir.resolve("s" + i);
      SweepRunner.run(
          e,
          shard,
          new SweepRunner.Settings(1, false, i, 2, false),
          new PrintWriter(new StringWriter()));
      shards.add(shard);
    }
    // trials.csv is merged before curves.csv: refusing curves.csv must not leave it behind.
    Path curves = shards.get(1).resolve(ResultFiles.CURVES);
    Files.writeString(curves, "trial_id,something_else\n");
    Path merged = dir.resolve("merged");
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> ShardMerger.merge(merged, shards));
    assertEquals(curves + " has the columns of another qsweep version", refused.getMessage());
    assertFalse(Files.exists(merged), "nothing written");
  }

  @Test
  void unwritableOutputFolder_failsBeforeRunning_andWritesNothing() throws IOException {
    ExperimentLoader.Loaded e = small();
    Path locked = dir.resolve("locked");
    Files.createDirectories(locked);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Path out = locked.resolve("out");
      String reason = "permission denied";
      if (Files.isWritable(locked)) {
        // Running as root, permission bits do not bind; sysfs refuses even root.
        out = Path.of("/sys/qsweep-test-out");
        reason = "Operation not permitted";
      }
      Path target = out;
      IllegalArgumentException ex =
          assertThrows(IllegalArgumentException.class, () -> Sweeps.run(e, target, 1));
      assertEquals("cannot create output folder " + target + ": " + reason, ex.getMessage());
      assertFalse(Files.exists(target));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void outputPathThatIsAFile_failsBeforeRunning() throws IOException {
    ExperimentLoader.Loaded e = small();
    Path file = dir.resolve("file");
    Files.writeString(file, "x");
    IllegalArgumentException ex =
        assertThrows(IllegalArgumentException.class, () -> Sweeps.run(e, file, 1));
    assertTrue(ex.getMessage().startsWith("cannot create output folder " + file), ex.getMessage());
  }
}
