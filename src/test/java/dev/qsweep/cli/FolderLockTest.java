package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two live processes on one results folder: the second writer is refused at once. */
final class FolderLockTest {
  @TempDir Path dir;

  @Test
  void secondWriter_whileASweepRuns_isRefused_namingTheFolderAndTheHolder() throws Exception {
    Path experiment =
        ExperimentFiles.write(
            dir,
            "Locked",
            "Grid.builder(\"locked\").env(\"FrozenLake-v1\").learner(\"q-learning\")"
                + ".alpha(0.1, 0.5).gamma(0.9).epsilon(0.2).episodes(200).curveBins(5)"
                + ".replicates(3).seed(2)");
    Path out = dir.resolve("out");
    // The holder: a sweep paused (alive, lock held) after journaling its second trial.
    ChildQsweep holder =
        ChildQsweep.start(
            dir.resolve("holder.log"),
            "trial-journaled#2",
            "sweep",
            experiment.toString(),
            "--out",
            out.toString(),
            "--threads",
            "1",
            "--quiet");
    holder.awaitPause();
    String journalBefore = Files.readString(out.resolve("journal.csv"));

    Map<String, List<String>> writers = new LinkedHashMap<>();
    writers.put("sweep", List.of("sweep", experiment.toString(), "--out", out.toString()));
    writers.put(
        "resume", List.of("sweep", experiment.toString(), "--out", out.toString(), "--resume"));
    writers.put(
        "overwrite",
        List.of("sweep", experiment.toString(), "--out", out.toString(), "--overwrite"));
    writers.put("merge", List.of("merge", out.toString(), dir.resolve("some-shard").toString()));
    writers.put("report", List.of("report", out.toString()));
    Map<String, ChildQsweep> seconds = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> w : writers.entrySet()) {
      seconds.put(
          w.getKey(),
          ChildQsweep.start(
              dir.resolve(w.getKey() + ".log"), null, w.getValue().toArray(new String[0])));
    }
    String refusal =
        out + " is being written by another qsweep (pid " + holder.pid() + "); wait for it to end";
    for (Map.Entry<String, ChildQsweep> second : seconds.entrySet()) {
      ChildQsweep child = second.getValue();
      assertEquals(2, child.exitCode(), second.getKey() + ": " + child.output());
      assertTrue(child.output().contains(refusal), second.getKey() + ": " + child.output());
      assertEquals(1, child.output().lines().count(), "one line: " + child.output());
    }
    // In this process too.
    CliRun inProcess = CliRun.of("report", out.toString());
    assertEquals(2, inProcess.exitCode());
    assertTrue(inProcess.err().contains(refusal), inProcess.err());
    assertTrue(holder.isAlive());
    assertEquals(journalBefore, Files.readString(out.resolve("journal.csv")), "left untouched");

    // The lock dies with its holder, even by SIGKILL: the sweep can be finished at once.
    holder.kill();
    CliRun resumed =
        CliRun.of("sweep", experiment.toString(), "--out", out.toString(), "--resume", "--quiet");
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertTrue(resumed.out().contains("(2 already done)"), resumed.out());
  }
}
