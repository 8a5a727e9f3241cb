package dev.qsweep.cli;

import dev.qsweep.env.Environment;
import dev.qsweep.env.ModelCsv;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code qsweep model}: Gymnasium's transition table as CSV. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = {
      "Print Gymnasium's transition table P as CSV.",
      "Columns state,action,prob,next_state,reward,terminated (terminated as 0/1), one row per",
      "outcome in Gymnasium's order."
    })
final class ModelCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin EnvArgs env;

  @Override
  public void run() {
    Environment environment = env.make();
    PrintWriter out = spec.commandLine().getOut();
    out.print(ModelCsv.of(environment.table()));
    out.flush();
  }
}
