package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge trusts no shard: each must cover its trials, be this version's, and fit the target. */
final class ShardMergerTest {
  @TempDir static Path dir;
  static List<Path> shards = new ArrayList<>();
  private static int copies;

  @BeforeAll
  static void shards() throws IOException {
    ExperimentLoader.Loaded e =
        Sweeps.load(Sweeps.experiment(dir, "Small", Sweeps.smallGrid("small")));
    for (int i = 1; i <= 2; i++) {
      Path shard = dir.resolve("s" + i);
      SweepRunner.run(
          e,
          shard,
          new SweepRunner.Settings(2, false, i, 2, false),
          new PrintWriter(new StringWriter()));
      shards.add(shard);
    }
  }

  /** A copy of shard 2 with {@code file} changed by {@code edit}; merging it must be refused. */
  private static String refusal(String file, UnaryOperator<String> edit) throws IOException {
    Path copy = dir.resolve("copy" + copies++);
    Files.createDirectories(copy);
    try (var list = Files.list(shards.get(1))) {
      for (Path p : list.toList()) {
        Files.copy(p, copy.resolve(p.getFileName()));
      }
    }
    Path target = copy.resolve(file);
    String edited = edit.apply(Files.readString(target));
    if (edited == null) {
      Files.delete(target);
    } else {
      Files.writeString(target, edited);
    }
    Path merged = dir.resolve("merged" + copies);
    IllegalArgumentException ex =
        assertThrows(
            IllegalArgumentException.class,
            () -> ShardMerger.merge(merged, List.of(shards.get(0), copy)));
    assertFalse(Files.exists(merged), "nothing written");
    assertTrue(ex.getMessage().contains(copy.resolve(file).toString()), ex.getMessage());
    return ex.getMessage();
  }

  private static String withoutLine(String text, int line) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    lines.remove(line - 1);
    return String.join("\n", lines) + "\n";
  }

  @Test
  void shardWhoseCurvesAreMissingOrCut_isRefused_namingTheFile() throws IOException {
    assertTrue(refusal(ResultFiles.CURVES, t -> null).startsWith("missing file "));
    String cut = refusal(ResultFiles.CURVES, t -> t.substring(0, t.length() * 2 / 3));
    assertTrue(cut.contains("fields, the header has 9"), cut); // the last row, cut mid-line
    String lastRows = refusal(ResultFiles.CURVES, t -> t.substring(0, t.lastIndexOf("c0")));
    assertTrue(lastRows.contains("ends before trial c016-r02 bin"), lastRows);
    String oneRow = refusal(ResultFiles.CURVES, t -> withoutLine(t, 5));
    assertTrue(oneRow.contains(" line 5: expected trial "), oneRow);
    String extra = refusal(ResultFiles.CURVES, t -> t + t.lines().skip(1).findFirst().get() + "\n");
    assertTrue(extra.contains("'s row is extra"), extra);
  }

  @Test
  void shardWhoseEvaluationsOrTrialsDoNotAgree_isRefused() throws IOException {
    assertTrue(refusal(ResultFiles.EVALUATIONS, t -> null).startsWith("missing file "));
    String oneRow = refusal(ResultFiles.EVALUATIONS, t -> withoutLine(t, 3));
    assertTrue(oneRow.contains(" line 3: expected trial "), oneRow);
    String duplicated =
        refusal(ResultFiles.TRIALS, t -> t + t.lines().skip(2).findFirst().get() + "\n");
    assertTrue(duplicated.contains("is duplicated or out of order"), duplicated);
    String badCount = refusal(ResultFiles.TRIALS, t -> t.replaceFirst(",10,", ",ten,"));
    assertTrue(badCount.contains("curve_bins 'ten' is not a count"), badCount);
  }

  @Test
  void shardOfAnotherQsweepVersion_isRefused() throws IOException {
    String other =
        refusal(
            ResultFiles.MANIFEST,
            t ->
                t.replace(
                    "\"qsweep_version\": \"" + Versions.qsweep() + "\"",
                    "\"qsweep_version\": \"0.9\""));
    assertTrue(other.contains("was written by qsweep 0.9, this is qsweep "), other);
  }

  @Test
  void targetHoldingAnotherSweep_orAShard_isRefused() throws IOException {
    Path other = dir.resolve("other");
    Files.createDirectories(other);
    Files.writeString(
        other.resolve(ResultFiles.MANIFEST),
        Files.readString(shards.get(0).resolve(ResultFiles.MANIFEST))
            .replaceFirst("\"source_sha256\": \"[0-9a-f]+\"", "\"source_sha256\": \"00\""));
    IllegalArgumentException ex =
        assertThrows(IllegalArgumentException.class, () -> ShardMerger.merge(other, shards));
    assertEquals(
        other + " holds the results of another sweep; merge into a new folder", ex.getMessage());
    assertFalse(Files.exists(other.resolve(ResultFiles.TRIALS)));
    IllegalArgumentException intoShard =
        assertThrows(
            IllegalArgumentException.class, () -> ShardMerger.merge(shards.get(0), shards));
    assertTrue(
        intoShard.getMessage().contains("is one of the shard folders"), intoShard.getMessage());
    // The same merge again replaces the first.
    Path merged = dir.resolve("twice");
    ShardMerger.merge(merged, shards);
    String first = Files.readString(merged.resolve(ResultFiles.TRIALS));
    ShardMerger.merge(merged, shards);
    assertEquals(first, Files.readString(merged.resolve(ResultFiles.TRIALS)));
  }
}
