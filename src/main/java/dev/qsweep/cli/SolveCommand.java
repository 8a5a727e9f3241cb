package dev.qsweep.cli;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environment;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.Greedy;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.eval.ValueIteration;
import dev.qsweep.util.Json;
import dev.qsweep.util.Numbers;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qsweep solve}: value iteration, then the greedy policy scored exactly. */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description = {
      "Solve an environment by value iteration and score the optimal policy exactly.",
      "Value iteration at GAMMA, then the policy greedy on Q* (ties to the lowest action),",
      "scored exactly from the initial distribution under the time limit (over the infinite",
      "horizon where there is none: max_episode_steps=0)."
    })
final class SolveCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin EnvArgs env;

  @Option(
      names = "--gamma",
      paramLabel = "G",
      defaultValue = "0.99",
      description = "Discount factor in [0, 1] (default: ${DEFAULT-VALUE}).")
  double gamma;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Override
  public void run() {
    checkArgument(
        gamma >= 0 && gamma <= 1, "--gamma must be in [0, 1], got %s", Numbers.format(gamma));
    Environment environment = env.make();
    TabularModel model = environment.dynamics();
    ValueIteration.Solution solution = ValueIteration.solve(model, gamma);
    int[] policy = Greedy.observationPolicy(model, solution.q());
    PolicyScore score = PolicyEvaluator.exact(model).score(policy);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(JsonOutputs.Solve.of(environment, gamma, solution, score)));
      return;
    }
    String options = environment.options().nonDefaultText();
    out.printf(
        Locale.ROOT,
        "%s%s, gamma %s: value iteration %s after %d sweeps (residual %.1e)%n",
        environment.id(),
        options.isEmpty() ? "" : " (" + options + ")",
        Numbers.format(gamma),
        solution.converged() ? "converged" : "stopped unconverged",
        solution.sweeps(),
        solution.residual());
    out.printf(
        Locale.ROOT,
        "Greedy policy on Q*, scored exactly from the initial distribution (%s):%n",
        InfiniteHorizon.limitText(score.horizon()));
    out.printf(Locale.ROOT, "  expected return       %10.4f%n", score.expectedReturn());
    out.printf(Locale.ROOT, "  expected steps        %10.4f%n", score.expectedSteps());
    out.printf(Locale.ROOT, "  expected penalties    %10.4f%n", score.expectedPenalties());
    out.printf(Locale.ROOT, "  success probability   %10.4f%n", score.successProbability());
    out.printf(Locale.ROOT, "  reward per move       %10.4f%n", score.rewardPerMove());
    if (score.conditionalOnEnding()) {
      out.printf(Locale.ROOT, "  never ends (probability)%10.4f%n", score.neverEndsProbability());
      out.println("  " + InfiniteHorizon.CONDITIONAL_NOTE);
    }
    if (model.hasHiddenState()) {
      out.println(
          "  (hidden state: the policy acts on observations, greedy on Q* averaged over the"
              + " hidden states of each observation)");
    }
  }
}
