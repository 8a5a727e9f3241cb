package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.base.Splitter;
import dev.qsweep.experiment.ExperimentFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: a tiny finished sweep (2 trials of 20 CliffWalking episodes) to point commands at.
 *
 * @param experiment its experiment file
 * @param results its results folder
 */
record TinySweep(Path experiment, Path results) {
  /** Writes {@code dir/Tiny.java} and sweeps it into {@code dir/tiny}. */
  static TinySweep in(Path dir) throws IOException {
    Path experiment =
        ExperimentFiles.write(
            dir,
            "Tiny",
            "Grid.builder(\"tiny\").env(\"CliffWalking-v1\").learner(\"sarsa\").alpha(0.5)"
                + ".gamma(1.0).epsilon(0.1).episodes(20).replicates(2)");
    Path results = dir.resolve("tiny");
    CliRun run = CliRun.of("sweep", experiment.toString(), "--out", results.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    return new TinySweep(experiment, results);
  }

  /**
   * {@code line} split at spaces, with {@code TINY}, {@code RESULTS} and {@code MISSING} (a path
   * that does not exist) replaced, and {@code EMPTY} standing for an empty argument.
   */
  String[] args(String line) {
    List<String> args = new ArrayList<>();
    for (String a : Splitter.on(' ').omitEmptyStrings().split(line)) {
      args.add(paths(a).replace("EMPTY", ""));
    }
    return args.toArray(new String[0]);
  }

  /** {@code text} with {@code TINY}, {@code RESULTS} and {@code MISSING} replaced. */
  String paths(String text) {
    return text.replace("TINY", experiment.toString())
        .replace("RESULTS", results.toString())
        .replace("MISSING", results.resolveSibling("missing").toString());
  }
}
