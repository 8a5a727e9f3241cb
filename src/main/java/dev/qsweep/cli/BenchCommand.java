package dev.qsweep.cli;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.learn.TabularLearner;
import dev.qsweep.learn.Xoshiro256StarStar;
import dev.qsweep.run.TrialResult;
import dev.qsweep.run.TrialRunner;
import java.io.PrintWriter;
import java.util.Arrays;
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
      "C program's) and ns per step."
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

  @Override
  public void run() {
    checkArgument(episodes > 0, "--episodes must be at least 1, got %s", episodes);
    checkArgument(runs > 0, "--runs must be at least 1, got %s", runs);
    TabularModel model = Environments.make("Taxi-v3").dynamics();
    TrialSpec trial = TrialSpec.tutorial(seed, episodes);
    double optimalReturn = OptimalControl.optimalReturn(model);
    PrintWriter out = spec.commandLine().getOut();
    double[] nsPerStep = new double[runs];
    Run last = null;
    for (int r = -1; r < runs; r++) {
      Run run = once(model, trial, optimalReturn);
      if (r >= 0) {
        nsPerStep[r] = run.nanos / (double) run.steps;
        last = run;
      }
    }
    Arrays.sort(nsPerStep);
    out.printf(Locale.ROOT, "total_steps     %d%n", last.steps);
    out.printf(Locale.ROOT, "train_penalties %d%n", last.penalties);
    out.printf(Locale.ROOT, "truncated       %d%n", last.truncated);
    out.printf(Locale.ROOT, "q_checksum      %.17g%n", last.checksum);
    out.printf(
        Locale.ROOT,
        "ns_per_step     %.3f   (best of %d; median %.3f)%n",
        nsPerStep[0],
        runs,
        nsPerStep[runs / 2]);
    out.flush();
  }

  private record Run(long steps, long penalties, long truncated, double checksum, long nanos) {}

  private Run once(TabularModel model, TrialSpec trial, double optimalReturn) {
    Xoshiro256StarStar stream = new Xoshiro256StarStar(seed);
    TabularLearner learner = Algorithm.Q_LEARNING.create(model, 0, stream, stream);
    // The real training loop (schedules, learning curves), timed without the final evaluation.
    TrialResult r = TrialRunner.train(trial, model, optimalReturn, learner, stream);
    double checksum = 0;
    for (double v : learner.qTable()) {
      checksum += v;
    }
    return new Run(
        r.totals().steps(),
        r.totals().penalties(),
        r.totals().truncated(),
        checksum,
        r.trainNanos());
  }
}
