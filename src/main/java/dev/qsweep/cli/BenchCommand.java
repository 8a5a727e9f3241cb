package dev.qsweep.cli;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Lanes;
import dev.qsweep.learn.Xoshiro256StarStar;
import dev.qsweep.run.LaneRunner;
import dev.qsweep.run.TrialResult;
import dev.qsweep.util.Numbers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qsweep bench}: times the training loop on exactly the C yardstick's work ({@code
 * shared/bench/taxi_q.c}: Taxi-v3, the tutorial's Q-learning, one xoshiro256** stream for start
 * states and exploration), so both print the same totals and Q checksum.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Time the training loop on the C yardstick's work.",
      "The work of shared/bench/taxi_q.c EPISODES SEED --cap 200: Taxi-v3, Q-learning, alpha 0.1,",
      "gamma 0.6, epsilon 0.1, one random stream. Prints the totals and Q checksum (equal to the",
      "C program's) and ns per step. --lanes K: K trials in one thread, the work of taxi_q",
      "--lanes K (seeds SEED..SEED+K-1); one checksum line per lane, ns per step over all lanes.",
      "C interleaves its lanes step by step; qsweep's take turns by up to 256 episodes each."
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--episodes",
      defaultValue = "1000000",
      description = "Episodes per run (default: ${DEFAULT-VALUE}).")
  int episodes;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the single stream (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--runs",
      defaultValue = "7",
      description = "Timed runs after one warm-up run (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--lanes",
      defaultValue = "1",
      description =
          "Trials in one thread, seeds SEED..SEED+K-1, the work of taxi_q --lanes K"
              + " (default: ${DEFAULT-VALUE}; at most 16).")
  int lanes;

  @Override
  public void run() {
    checkArgument(episodes > 0, "--episodes must be at least 1, got %s", episodes);
    checkArgument(runs > 0, "--runs must be at least 1, got %s", runs);
    checkArgument(
        lanes >= 1 && lanes <= Lanes.MAX_LANES,
        "--lanes must be in 1..%s, got %s",
        Lanes.MAX_LANES,
        lanes);
    TabularModel model = Environments.make("Taxi-v3").dynamics();
    List<TrialSpec> trials = new ArrayList<>();
    for (int k = 0; k < lanes; k++) {
      trials.add(TrialSpec.tutorial(seed + k, episodes));
    }
    double optimalReturn = OptimalControl.optimalReturn(model);
    PrintWriter out = spec.commandLine().getOut();
    double[] nsPerStep = new double[runs];
    List<TrialResult> last = null;
    for (int r = -1; r < runs; r++) {
      List<TrialResult> run = once(model, trials, optimalReturn);
      if (r >= 0) {
        long steps = 0;
        long nanos = 0;
        for (TrialResult t : run) {
          steps += t.totals().steps();
          nanos += t.trainNanos();
        }
        nsPerStep[r] = nanos / (double) steps;
        last = run;
      }
    }
    Arrays.sort(nsPerStep);
    long steps = 0;
    long penalties = 0;
    long truncated = 0;
    for (TrialResult t : last) {
      steps += t.totals().steps();
      penalties += t.totals().penalties();
      truncated += t.totals().truncated();
    }
    out.printf(Locale.ROOT, "total_steps     %d%n", steps);
    out.printf(Locale.ROOT, "train_penalties %d%n", penalties);
    out.printf(Locale.ROOT, "truncated       %d%n", truncated);
    for (int k = 0; k < lanes; k++) {
      // The C program's line, character for character.
      out.printf(
          Locale.ROOT,
          "q_checksum    %s   (seed %d, steps %d)%n",
          Numbers.formatLikeC17g(checksum(last.get(k).greedyValues())),
          seed + k,
          last.get(k).totals().steps());
    }
    out.printf(
        Locale.ROOT,
        "ns_per_step     %.3f   (best of %d; median %.3f; over all %d lanes)%n",
        nsPerStep[0],
        runs,
        nsPerStep[runs / 2],
        lanes);
    out.flush();
  }

  private List<TrialResult> once(TabularModel model, List<TrialSpec> trials, double optimalReturn) {
    // One stream per lane for start states and exploration, as taxi_q.c: seed + k.
    Xoshiro256StarStar[] streams = new Xoshiro256StarStar[lanes];
    for (int k = 0; k < lanes; k++) {
      streams[k] = new Xoshiro256StarStar(seed + k);
    }
    // The real training loop (schedules, learning curves), timed without the final evaluation.
    return LaneRunner.train(trials, model, optimalReturn, streams, streams, streams);
  }

  private static double checksum(double[] q) {
    double sum = 0;
    for (double v : q) {
      sum += v;
    }
    return sum;
  }
}
