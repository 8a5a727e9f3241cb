package dev.qsweep.cli;

import dev.qsweep.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qsweep render}: a state drawn as Gymnasium's ANSI render mode draws it. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Draw a state as Gymnasium's ANSI render mode does.")
final class RenderCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin EnvArgs env;

  @Option(
      names = "--state",
      required = true,
      paramLabel = "S",
      description = "The state (observation) to draw.")
  int state;

  @Option(
      names = "--no-color",
      description = "Plain text: no escape codes; a legend says where things are.")
  boolean noColor;

  @Override
  public void run() {
    Environment environment = env.make();
    spec.commandLine().getOut().print(environment.render(state, !noColor));
    spec.commandLine().getOut().flush();
  }
}
