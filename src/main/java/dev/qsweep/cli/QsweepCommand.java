package dev.qsweep.cli;

import dev.qsweep.run.Versions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code qsweep} command: subcommands only. */
@Command(
    name = "qsweep",
    mixinStandardHelpOptions = true,
    versionProvider = QsweepCommand.Version.class,
    description = "Exact, reproducible hyperparameter sweeps for tabular reinforcement learning.")
final class QsweepCommand implements Runnable {
  /**
   * The subcommands, in the order {@code --help} lists them. Not in the annotation: picocli reads
   * every option of every command it is given by reflection (about 0.1 s of a 0.45 s {@code qsweep
   * envs}), so {@link Main} adds only the one a command line names, or all of them otherwise.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          TrainCommand.class,
          SweepCommand.class,
          ReportCommand.class,
          CompareCommand.class,
          ReproduceCommand.class,
          ReplayCommand.class,
          MergeCommand.class,
          EnvsCommand.class,
          ModelCommand.class,
          SolveCommand.class,
          RenderCommand.class,
          BenchCommand.class);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing command: " + String.join(", ", names()));
  }

  /** The subcommands' names, in order. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Class<?> c : SUBCOMMANDS) {
      names.add(c.getAnnotation(Command.class).name());
    }
    return names;
  }

  /** The version from the jar's manifest ("development" when run from classes). */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "qsweep " + Versions.qsweep(), "Java " + System.getProperty("java.version")
      };
    }
  }
}
