package dev.qsweep.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CompiledSourcesTest {
  @TempDir Path dir;

  @Test
  void singleFile_hashIsTheFilesOwnSha256_asBefore() throws IOException {
    Path file =
        ExperimentFiles.write(
            dir,
            "Alone",
            "Grid.builder(\"alone\").env(\"CliffWalking-v1\").learner(\"sarsa\").alpha(0.5)"
                + ".gamma(1.0).epsilon(0.1).episodes(10)");
    ExperimentLoader.Loaded loaded = ExperimentLoader.load(file);
    assertEquals(Hashing.sha256().hashBytes(Files.readAllBytes(file)).toString(), loaded.sha256());
  }

  private Path helper(String rewardText) throws IOException {
    Path helper = dir.resolve("Rewards.java");
    Files.writeString(
        helper,
        "public final class Rewards { static double step() { return " + rewardText + "; } }\n");
    return helper;
  }

  @Test
  void aFileBesideItThatItUses_isCompiledAndHashed_soAnEditChangesTheHash() throws IOException {
    helper("-1");
    // The grid uses Rewards (in Rewards.java beside it) for its initial Q.
    Path file =
        ExperimentFiles.write(
            dir,
            "Uses",
            "Grid.builder(\"uses\").env(\"CliffWalking-v1\").learner(\"sarsa\").alpha(0.5)"
                + ".gamma(1.0).epsilon(0.1).episodes(10).initialQ(Rewards.step())");
    String before = ExperimentLoader.load(file).sha256();
    assertNotEquals(Hashing.sha256().hashBytes(Files.readAllBytes(file)).toString(), before);
    assertEquals(before, ExperimentLoader.load(file).sha256());
    helper("-2");
    assertNotEquals(before, ExperimentLoader.load(file).sha256());
  }

  @Test
  void unusedFilesBesideIt_doNotCount() throws IOException {
    Path file =
        ExperimentFiles.write(
            dir,
            "Plain",
            "Grid.builder(\"plain\").env(\"CliffWalking-v1\").learner(\"sarsa\").alpha(0.5)"
                + ".gamma(1.0).epsilon(0.1).episodes(10)");
    String before = ExperimentLoader.load(file).sha256();
    helper("-3");
    assertEquals(before, ExperimentLoader.load(file).sha256());
  }
}
