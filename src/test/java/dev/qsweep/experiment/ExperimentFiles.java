package dev.qsweep.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixture: experiment source files, as a user writes them, around a builder chain. */
public final class ExperimentFiles {
  private ExperimentFiles() {}

  /**
   * Writes {@code dir/name.java}, an experiment class {@code name} whose grid is {@code
   * builderChain.build()}; the chain may use {@code Schedule}'s static factories unqualified.
   */
  public static Path write(Path dir, String name, String builderChain) throws IOException {
    Path file = dir.resolve(name + ".java");
    Files.writeString(
        file,
        "import static dev.qsweep.schedule.Schedule.*;\n"
            + "import dev.qsweep.experiment.*;\n"
            + "public final class "
            + name
            + " implements Experiment {\n"
            + "  public Grid grid() {\n"
            + "    return "
            + builderChain
            + ".build();\n"
            + "  }\n"
            + "}\n");
    return file;
  }
}
