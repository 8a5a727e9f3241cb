package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.util.Csv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SweepFailureTest {
  @TempDir Path dir;

  @AfterEach
  void restore() {
    SweepRunner.setTrialFunctionForTests(null);
  }

  @Test
  void aTrialThatThrows_isRecorded_theSweepGoesOn_andResumeRetriesIt() throws IOException {
    ExperimentLoader.Loaded e =
        Sweeps.load(Sweeps.experiment(dir, "Small", Sweeps.smallGrid("small")));
    SweepRunner.setTrialFunctionForTests(
        (spec, model, optimal) -> {
          if (spec.replicate() == 1 && spec.envId().equals("FrozenLake-v1")) {
            throw new IllegalStateException("injected failure");
          }
          return TrialRunner.run(spec, model, optimal);
        });
    Path out = dir.resolve("out");
    SweepRunner.Outcome outcome =
        SweepRunner.run(
            e,
            out,
            new SweepRunner.Settings(2, false, 1, 1, false),
            new PrintWriter(new StringWriter()));
    // FrozenLake is configurations 9..16; replicate 1 of each failed.
    assertEquals(8, outcome.failures().size());
    SweepRunner.Failure first = outcome.failures().get(0);
    assertEquals("c009-r01", first.trialId());
    assertEquals("c009", first.configId());
    assertEquals(3, first.seed());
    assertEquals(
        "c009-r01 (configuration c009, root seed 3, replicate 1): IllegalStateException: injected failure",
        SweepRunner.describe(first));
    assertEquals(
        40, Csv.read(out.resolve(ResultFiles.TRIALS)).rows().size(), "the others were written");
    assertTrue(Files.exists(Journal.file(out)), "the journal stays, so --resume can retry");
    assertTrue(
        Files.readString(Journal.file(out))
            .contains("F,c009-r01,IllegalStateException: injected failure,"));

    SweepRunner.setTrialFunctionForTests(null);
    SweepRunner.Outcome resumed =
        SweepRunner.run(
            e,
            out,
            new SweepRunner.Settings(2, true, 1, 1, false),
            new PrintWriter(new StringWriter()));
    assertEquals(8, resumed.trialsRun());
    assertTrue(resumed.failures().isEmpty());
    assertFalse(Files.exists(Journal.file(out)));
    Path clean = dir.resolve("clean");
    Sweeps.run(e, clean, 1);
    for (String name : Sweeps.deterministicFiles(clean)) {
      assertArrayEquals(
          Files.readAllBytes(clean.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
    }
  }
}
