package dev.qsweep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture: small search experiments, as a user writes them, one per strategy, over six
 * configurations of slippery FrozenLake (or a space around them), 3 replicates, 300 episodes;
 * public, for the Spark module's tests too.
 */
public final class SearchExperiments {
  private SearchExperiments() {}

  /** The grid every fixture builds (its name is the class's). */
  public static String grid(String name) {
    return "Grid.builder(\""
        + name.toLowerCase(java.util.Locale.ROOT)
        + "\").env(\"FrozenLake-v1\").learner(\"q-learning\").alpha(0.1, 0.5, 0.9)"
        + ".gamma(0.9, 0.99).epsilon(0.2).episodes(300).evalEvery(100).curveBins(10)"
        + ".replicates(3).seed(11)";
  }

  /** A space over the same ranges, continuous, with the grid's fixed settings. */
  public static final String SPACE =
      "SearchSpace.builder(\"s\").env(\"FrozenLake-v1\").learner(\"q-learning\")"
          + ".alpha(Dimension.uniform(0.1, 0.9)).gamma(Dimension.uniform(0.9, 0.99))"
          + ".epsilon(Dimension.logUniform(0.05, 0.5)).episodes(300).evalEvery(100)"
          + ".curveBins(10).replicates(3).seed(11).build()";

  /**
   * Each strategy as the experiment returns it: over {@code grid} (grid, halving), or over {@code
   * space} in a {@code SpaceSearch} (random, hyperband, genetic).
   */
  public static String strategy(String kind) {
    return switch (kind) {
      case "grid" -> "new GridSearch(grid)";
      case "random" -> "new RandomSearch(space, 5)";
      case "halving" -> "new SuccessiveHalving(Candidates.of(grid), 30, 300, 3)";
      case "hyperband" -> "new Hyperband(space, 30, 3)";
      case "genetic" ->
          "new GeneticSearch(space, new GeneticSearch.Settings(6, 3, 1, 2, 0.5, 0.2))";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** Writes {@code dir/name.java} for {@code kind}: a grid's search or a space search. */
  public static Path write(Path dir, String name, String kind) throws IOException {
    String strategy = strategy(kind);
    return strategy.contains("space")
        ? writeSpace(dir, name, SPACE, strategy)
        : writeGrid(dir, name, strategy);
  }

  /**
   * Writes {@code dir/name.java}: a {@code SpaceSearch} whose {@code space()} returns {@code
   * spaceExpression} and whose {@code strategy(space)} returns {@code strategyExpression}.
   */
  public static Path writeSpace(
      Path dir, String name, String spaceExpression, String strategyExpression) throws IOException {
    return write(
        dir, name, "SpaceSearch", "SearchSpace", "space", spaceExpression, strategyExpression);
  }

  /** Writes {@code dir/name.java}: the grid above and {@code strategyExpression} over it. */
  public static Path writeGrid(Path dir, String name, String strategyExpression)
      throws IOException {
    return write(
        dir, name, "SearchExperiment", "Grid", "grid", grid(name) + ".build()", strategyExpression);
  }

  /**
   * Writes a class implementing {@code type} whose {@code grid()} or {@code space()} (a {@code
   * builtType} named {@code builtName}) returns {@code built} and whose strategy over it returns
   * {@code strategyExpression}.
   */
  private static Path write(
      Path dir,
      String name,
      String type,
      String builtType,
      String builtName,
      String built,
      String strategyExpression)
      throws IOException {
    Path file = dir.resolve(name + ".java");
    Files.writeString(
        file,
        "import dev.qsweep.experiment.*;\n"
            + "import dev.qsweep.search.*;\n"
            + "public final class "
            + name
            + " implements "
            + type
            + " {\n"
            + "  public "
            + builtType
            + " "
            + builtName
            + "() {\n"
            + "    return "
            + built
            + ";\n"
            + "  }\n"
            + "  public Strategy strategy("
            + builtType
            + " "
            + builtName
            + ") {\n"
            + "    return "
            + strategyExpression
            + ";\n"
            + "  }\n"
            + "}\n");
    return file;
  }
}
