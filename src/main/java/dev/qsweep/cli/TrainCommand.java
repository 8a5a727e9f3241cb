package dev.qsweep.cli;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environment;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.experiment.Seeds;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.run.SampledEvaluation;
import dev.qsweep.run.TrialResult;
import dev.qsweep.run.TrialRunner;
import dev.qsweep.util.Json;
import dev.qsweep.util.Numbers;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qsweep train}: one trial, and the tutorial's comparison with a random agent. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Train one agent; compare it with a random agent, as the tutorial does.",
      "Scores are exact (dynamic programming over the model from every start state); --sampled",
      "adds the tutorial's own measure. Schedules: a number, linear(start,end,episodes),",
      "exp(start,rate,floor), inv(start,k) or step(start,factor,every)."
    })
final class TrainCommand implements Runnable {
  @Spec CommandSpec spec;

  @Mixin TrialOptions flags;

  @Option(
      names = "--eval-every",
      defaultValue = "0",
      paramLabel = "K",
      description = "Score the greedy policy exactly every K episodes (default: only at the end).")
  int evalEvery;

  @Option(
      names = "--sampled",
      defaultValue = "100",
      paramLabel = "N",
      description =
          "Also run N greedy and N random episodes, the tutorial's measure; 0 to skip (default: ${DEFAULT-VALUE}).")
  int sampled;

  @Option(
      names = "--show-state",
      paramLabel = "S",
      description = "Print the trained Q-values at observation S.")
  Integer showState;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Override
  public void run() {
    checkArgument(sampled >= 0, "--sampled must be >= 0, got %s", sampled);
    TrialSpec trial = flags.spec(evalEvery);
    Environment environment = trial.environment();
    if (showState != null) {
      checkArgument(
          showState >= 0 && showState < environment.observationCount(),
          "--show-state %s is out of range for %s; allowed: 0 to %s",
          showState,
          environment.id(),
          environment.observationCount() - 1);
    }
    TabularModel model = environment.dynamics();
    TrialResult result = TrialRunner.run(trial);
    AgentScores scores =
        AgentScores.of(model, result, sampled, trial.seed(Seeds.Stream.EVALUATION));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(JsonOutputs.Train.of(environment, result, scores, showState)));
    } else {
      table(out, environment, result, scores);
    }
    out.flush();
  }

  private void table(PrintWriter out, Environment environment, TrialResult r, AgentScores scores) {
    PolicyScore random = scores.random();
    PolicyScore agent = scores.agent();
    SampledEvaluation sampledAgent = scores.sampledAgent();
    SampledEvaluation sampledRandom = scores.sampledRandom();
    TrialSpec t = r.spec();
    String options = environment.options().nonDefaultText();
    out.printf(
        Locale.ROOT,
        "%s%s, %s, %,d episodes, alpha %s, gamma %s, epsilon %s, seed %d%s%n",
        environment.id(),
        options.isEmpty() ? "" : " (" + options + ")",
        t.algorithm().displayName(),
        t.episodes(),
        t.alpha().text(),
        t.gamma().text(),
        t.epsilon().text(),
        t.rootSeed(),
        t.replicate() == 0 ? "" : " replicate " + t.replicate());
    double seconds = r.trainNanos() / 1e9;
    out.printf(
        Locale.ROOT,
        "Training: %,d steps, %,d penalties, %,d episodes truncated; %.3f s (%.1f ns/step, %.3g steps/s)%n%n",
        r.totals().steps(),
        r.totals().penalties(),
        r.totals().truncated(),
        seconds,
        r.trainNanos() / (double) Math.max(1, r.totals().steps()),
        r.totals().steps() / Math.max(seconds, 1e-9));
    out.printf(
        Locale.ROOT,
        "Exact scores from all %d start states (%s):%n",
        environment.dynamics().initialStateCount(),
        InfiniteHorizon.limitText(agent.horizon()));
    out.printf(Locale.ROOT, "  %-26s %14s %14s%n", "", "random agent", "trained agent");
    row(out, "reward per move", random.rewardPerMove(), agent.rewardPerMove());
    row(out, "penalties per episode", random.expectedPenalties(), agent.expectedPenalties());
    row(out, "timesteps per trip", random.expectedSteps(), agent.expectedSteps());
    row(out, "success probability", random.successProbability(), agent.successProbability());
    row(out, "expected return", random.expectedReturn(), agent.expectedReturn());
    row(
        out,
        "optimality gap",
        r.optimalReturn() - random.expectedReturn(),
        r.optimalReturn() - agent.expectedReturn());
    if (random.conditionalOnEnding() || agent.conditionalOnEnding()) {
      row(
          out,
          "never ends (probability)",
          random.neverEndsProbability(),
          agent.neverEndsProbability());
      out.println("  " + InfiniteHorizon.CONDITIONAL_NOTE);
    }
    if (r.firstOptimalEpisode() >= 0) {
      out.printf(
          Locale.ROOT, "  greedy policy optimal from episode %,d on%n", r.firstOptimalEpisode());
    }
    if (sampledAgent != null) {
      out.printf(
          Locale.ROOT,
          "%nSampled, as the tutorial measures (%d episodes each%s):%n",
          sampledAgent.episodes(),
          agent.horizon() == 0 ? ", each run to its end" : "");
      out.printf(Locale.ROOT, "  %-26s %14s %14s%n", "", "random agent", "trained agent");
      row(out, "reward per move", sampledRandom.rewardPerMove(), sampledAgent.rewardPerMove());
      row(
          out,
          "penalties per episode",
          sampledRandom.meanPenalties(),
          sampledAgent.meanPenalties());
      row(out, "timesteps per trip", sampledRandom.meanSteps(), sampledAgent.meanSteps());
      row(out, "success rate", sampledRandom.successRate(), sampledAgent.successRate());
      if (sampledRandom.neverEnded() + sampledAgent.neverEnded() > 0) {
        row(out, "never ended (episodes)", sampledRandom.neverEnded(), sampledAgent.neverEnded());
      }
    }
    if (showState != null) {
      out.printf(Locale.ROOT, "%nQ-values at state %d:", showState);
      int actions = environment.actionCount();
      for (int a = 0; a < actions; a++) {
        out.printf(
            Locale.ROOT,
            " %s %s",
            environment.actionNames().get(a),
            Numbers.format(round(r.greedyValues()[showState * actions + a])));
      }
      out.println();
    }
  }

  private static double round(double v) {
    return Math.rint(v * 1e4) / 1e4;
  }

  private static void row(PrintWriter out, String label, double random, double agent) {
    out.printf(Locale.ROOT, "  %-26s %14.4f %14.4f%n", label, random, agent);
  }
}
