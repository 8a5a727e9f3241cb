package dev.qsweep.cli;

import dev.qsweep.env.Environments;
import dev.qsweep.experiment.ExperimentEnvironments;
import dev.qsweep.run.Columns;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.util.Csv;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the environments of a results folder known before {@code report}, {@code reproduce} or
 * {@code replay} reads it: an environment written in Java is registered by loading the experiment
 * file the manifest names, and only when trials.csv names an id that is not known yet.
 */
final class FolderEnvironments {
  private FolderEnvironments() {}

  static void ensure(Path dir) {
    Path trials = dir.resolve(ResultFiles.TRIALS);
    Path manifest = dir.resolve(ResultFiles.MANIFEST);
    if (!Files.isRegularFile(trials) || !Files.isRegularFile(manifest)) {
      return; // The command's own checks name what is missing.
    }
    // Streamed, and stopped at the first unknown id: trials.csv may be large.
    int env = Csv.header(trials).indexOf(Columns.Trial.ENV.header());
    if (env < 0) {
      return;
    }
    boolean[] unknown = {false};
    try {
      Csv.stream(
          trials,
          row -> {
            if (row.size() > env && !Environments.isKnown(row.get(env))) {
              unknown[0] = true;
              throw new FoundUnknown();
            }
          });
    } catch (FoundUnknown e) {
      // Enough read.
    }
    if (unknown[0]) {
      String source = ResultFiles.Manifest.read(manifest).source();
      if (source != null && source.endsWith(".java") && Files.isRegularFile(Path.of(source))) {
        ExperimentEnvironments.load(Path.of(source));
      }
    }
  }

  /** Ends the read at the first environment id not known yet. */
  private static final class FoundUnknown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FoundUnknown() {
      super(null, null, false, false);
    }
  }
}
