package dev.qsweep.cli;

import dev.qsweep.env.Environment;
import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.Greedy;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.eval.ValueIteration;
import dev.qsweep.experiment.Configuration;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.Sweep;
import dev.qsweep.run.SweepRunner;
import dev.qsweep.search.GridSearch;
import dev.qsweep.search.Strategy;
import dev.qsweep.util.Numbers;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code qsweep sweep --dry-run}: the configurations, the number of trials and episodes, and bounds
 * on env steps; runs nothing.
 */
final class DryRun {
  private DryRun() {}

  /** Prints {@code grid}'s plan under {@code settings}, one configuration at a time. */
  static void print(PrintWriter out, Grid grid, SweepRunner.Settings settings) {
    out.printf(
        Locale.ROOT,
        "%s: %d configurations x %d replicates = %d trials, root seed %d%n",
        grid.name(),
        grid.configurationCount(),
        grid.replicates(),
        grid.trialCount(),
        grid.seed());
    out.printf(
        Locale.ROOT,
        "  %-6s %-28s %-15s %-22s %-10s %-22s %-9s %-9s %s%n",
        "config",
        "env",
        "learner",
        "alpha",
        "gamma",
        "epsilon",
        "initial_q",
        "episodes",
        "max steps");
    Map<String, EnvFacts> envs = new HashMap<>();
    long episodes = 0;
    double low = 0;
    double high = 0;
    // One configuration at a time: a grid does not hold them.
    for (int i = 0; i < grid.configurationCount(); i++) {
      Configuration c = grid.configuration(i);
      EnvFacts env =
          envs.computeIfAbsent(
              c.envLabel(), k -> EnvFacts.of(Environments.make(c.envId(), c.envOptions())));
      long trialEpisodes = (long) c.episodes() * grid.replicates();
      episodes += trialEpisodes;
      low += trialEpisodes * env.optimalSteps();
      high += trialEpisodes * env.horizon();
      out.printf(
          Locale.ROOT,
          "  %-6s %-28s %-15s %-22s %-10s %-22s %-9s %-9d %s%n",
          c.id(),
          c.envLabel(),
          c.algorithm().text(),
          c.alpha().text(),
          c.gamma().text(),
          c.epsilon().text(),
          Numbers.formatCompact(c.initialQ()),
          c.episodes(),
          env.maxSteps() == 0 ? "none" : Integer.toString(env.maxSteps()));
    }
    int trials = settings.trialsOf(grid.trialCount());
    out.printf(
        Locale.ROOT,
        "%nTrials to run: %d%s%n",
        trials,
        settings.shardCount() > 1 ? " (shard " + settings.shardText() + ")" : "");
    out.printf(Locale.ROOT, "Episodes: %,d in all%n", episodes);
    out.printf(
        Locale.ROOT,
        "Env steps: between %.3g (every episode as short as the optimal policy's) and %.3g (every"
            + " episode hitting the time limit)%n",
        low,
        high);
    out.printf(
        Locale.ROOT,
        "At about 12 ns per step per thread: at least %.1f s of training on %d threads.%n",
        low * 12e-9 / settings.threads(),
        settings.threads());
  }

  /**
   * Prints a search's plan: its settings, one line per stage (rung or generation) with the
   * configurations it trains and their episodes, and bounds on the trial runs, episodes and env
   * steps (for the genetic search, upper bounds: every individual new).
   */
  static void print(
      PrintWriter out, Sweep sweep, Strategy strategy, SweepRunner.Settings settings) {
    if (strategy instanceof GridSearch && sweep instanceof Grid grid) {
      print(out, grid, settings);
      return;
    }
    Configuration first = strategy.next(List.of()).orElseThrow().proposals().get(0).configuration();
    EnvFacts env = EnvFacts.of(Environments.make(first.envId(), first.envOptions()));
    out.printf(
        Locale.ROOT,
        "%s: %s search, %d replicates per configuration, root seed %d%n",
        sweep.name(),
        strategy.name(),
        sweep.replicates(),
        sweep.seed());
    for (Map.Entry<String, String> e : strategy.settings().entrySet()) {
      out.printf(Locale.ROOT, "  %s: %s%n", e.getKey(), e.getValue());
    }
    out.printf(Locale.ROOT, "  %-14s %14s %18s%n", "stage", "configurations", "new episodes*");
    long configurations = 0;
    long episodes = 0;
    for (Strategy.Stage stage : strategy.plan()) {
      configurations += stage.configurations();
      episodes += stage.episodes();
      out.printf(
          Locale.ROOT,
          "  %-14s %14d %,18d%n",
          stage.label(),
          stage.configurations(),
          stage.episodes());
    }
    out.printf(
        Locale.ROOT,
        "  * the episodes the stage adds (a promoted configuration continues), over its configurations, one replicate%n");
    long totalEpisodes = episodes * sweep.replicates();
    out.printf(
        Locale.ROOT,
        "%nTrial runs: at most %d (%d configuration runs x %d replicates)%s%n",
        configurations * sweep.replicates(),
        configurations,
        sweep.replicates(),
        settings.shardCount() > 1
            ? "; shard "
                + settings.shardText()
                + " runs "
                + settings.trialRunsOf(strategy, sweep.replicates())
                + " of them"
            : "");
    out.printf(Locale.ROOT, "Episodes: at most %,d in all%n", totalEpisodes);
    out.printf(
        Locale.ROOT,
        "Env steps (total_env_steps) on %s: between %.3g (every episode as short as the optimal"
            + " policy's) and %.3g (every episode hitting the time limit)%n",
        first.envLabel(),
        totalEpisodes * env.optimalSteps(),
        (double) totalEpisodes * env.horizon());
  }

  /**
   * What a dry run says of an environment, computed once per environment: its time limit, the
   * optimal policy's expected steps (the shortest a trained episode gets) and the evaluator's
   * horizon (the longest).
   */
  private record EnvFacts(int maxSteps, double optimalSteps, int horizon) {
    static EnvFacts of(Environment environment) {
      TabularModel model = environment.dynamics();
      int[] best = Greedy.observationPolicy(model, ValueIteration.solve(model, 0.99).q());
      return new EnvFacts(
          model.maxEpisodeSteps(),
          new PolicyEvaluator(model).score(best).expectedSteps(),
          PolicyEvaluator.horizonOf(model));
    }
  }
}
