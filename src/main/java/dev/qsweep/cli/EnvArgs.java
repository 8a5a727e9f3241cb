package dev.qsweep.cli;

import dev.qsweep.env.Environment;
import dev.qsweep.env.Environments;
import dev.qsweep.experiment.ExperimentEnvironments;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The environment id and its {@code --option k=v} pairs, shared by the commands that take one. */
final class EnvArgs {
  @Parameters(
      index = "0",
      paramLabel = "ID",
      description =
          "Environment id, e.g. Taxi-v3 (see 'qsweep envs'), file:PATH for a P table, or an"
              + " experiment's .java file for the environment it defines.")
  String id;

  @Option(
      names = {"-o", "--option"},
      paramLabel = "KEY=VALUE",
      description = "An environment option by Gymnasium's keyword name, e.g. is_rainy=true.")
  Map<String, String> options = new LinkedHashMap<>();

  Environment make() {
    return Environments.make(ExperimentEnvironments.resolve(id), options);
  }
}
