package dev.qsweep.cli;

import dev.qsweep.env.EnvSpec;
import dev.qsweep.env.Environments;
import dev.qsweep.env.OptionSpec;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code qsweep envs}: the environment ids, their options with defaults, and time limits. */
@Command(
    name = "envs",
    mixinStandardHelpOptions = true,
    description = "List the environment ids, their options with defaults, and time limits.")
final class EnvsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (EnvSpec env : Environments.specs()) {
      int limit = env.defaultMaxEpisodeSteps();
      out.printf(Locale.ROOT, "%s%n  %s%n", env.id(), env.summary());
      out.printf(
          Locale.ROOT,
          "  time limit: %s steps (%s)%n",
          limit == 0 ? "none" : Integer.toString(limit),
          env.timeLimitNote());
      out.println("  options:");
      for (OptionSpec o : env.options()) {
        out.printf(
            Locale.ROOT, "    %-20s default %-12s %s%n", o.name(), o.defaultText(), o.help());
      }
      out.println();
    }
    out.println(
        "Exact evaluation runs under the time limit; with max_episode_steps=0 it is over the"
            + " infinite horizon, with the probability that an episode never ends.");
  }
}
