package dev.qsweep.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixture: experiment source files, as a user writes them, around a builder chain. */
public final class ExperimentFiles {
  /** A valid builder chain, without {@code .build()}, to which a case adds its own calls. */
  static final String CHAIN =
      "Grid.builder(\"bad\").env(\"CliffWalking-v1\").learner(\"sarsa\").alpha(0.5).gamma(1.0)"
          + ".epsilon(0.1).episodes(10)";

  private ExperimentFiles() {}

  /**
   * Writes {@code Bad.java}: line 1 imports ({@code imports} after qsweep's and java.util's), line
   * 2 the class, line 3 {@code members}, line 4 the grid() declaration, line 5 {@code body}; in
   * both, {@code @} stands for {@link #CHAIN}.
   */
  static Path writeBad(Path dir, String imports, String members, String body) throws IOException {
    Path file = dir.resolve("Bad.java");
    Files.writeString(
        file,
        "import dev.qsweep.experiment.*; import java.util.*;"
            + (imports.isEmpty() ? "" : " " + imports)
            + "\n"
            + "public class Bad implements Experiment {\n"
            + "  "
            + members.replace("@", CHAIN)
            + "\n"
            + "  public Grid grid() {\n"
            + "    "
            + body.replace("@", CHAIN)
            + "\n"
            + "  }\n"
            + "}\n");
    return file;
  }

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
