package dev.qsweep.run;

import dev.qsweep.experiment.ExperimentFiles;
import dev.qsweep.experiment.ExperimentLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: small experiment files and folder comparisons. */
final class Sweeps {
  private Sweeps() {}

  /** Writes an experiment class {@code name} whose grid is built by {@code builderChain}. */
  static Path experiment(Path dir, String name, String builderChain) throws IOException {
    return ExperimentFiles.write(dir, name, builderChain);
  }

  /** A small but real grid: 12 configurations x 3 replicates on Taxi-v3 and FrozenLake. */
  static String smallGrid(String name) {
    return "Grid.builder(\""
        + name
        + "\")"
        + ".env(\"Taxi-v3\").env(\"FrozenLake-v1\")"
        + ".learner(\"q-learning\", \"expected-sarsa\")"
        + ".alpha(constant(0.1), exponential(0.5, 0.999, 0.05))"
        + ".gamma(0.9).epsilon(0.1, 0.3)"
        + ".episodes(400).evalEvery(100).curveBins(10).replicates(3).seed(3)";
  }

  static ExperimentLoader.Loaded load(Path file) {
    return ExperimentLoader.load(file);
  }

  static SweepRunner.Outcome run(ExperimentLoader.Loaded e, Path out, int threads) {
    return SweepRunner.run(
        e,
        out,
        new SweepRunner.Settings(threads, false, 1, 1, false),
        new PrintWriter(new StringWriter()));
  }

  /** The files of a results folder that must be byte-identical between equal sweeps. */
  static List<String> deterministicFiles(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(ResultFiles.TIMINGS))
          .sorted()
          .forEach(names::add);
    }
    return names;
  }
}
