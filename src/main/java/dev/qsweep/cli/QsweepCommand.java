package dev.qsweep.cli;

import dev.qsweep.run.Versions;
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
    description = "Exact, reproducible hyperparameter sweeps for tabular reinforcement learning.",
    subcommands = {
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
      BenchCommand.class,
    })
final class QsweepCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: train, sweep, report, compare, reproduce, replay, merge, envs, model, solve, render, bench");
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
