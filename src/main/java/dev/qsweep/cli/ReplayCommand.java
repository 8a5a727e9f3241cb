package dev.qsweep.cli;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environment;
import dev.qsweep.env.GridLayout;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.Greedy;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.experiment.Seeds;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Xoshiro256StarStar;
import dev.qsweep.report.chart.AnimatedGif;
import dev.qsweep.report.chart.GridPictures;
import dev.qsweep.run.Rollout;
import dev.qsweep.run.TrialRecords;
import dev.qsweep.run.TrialRunner;
import dev.qsweep.util.Numbers;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qsweep replay}: one episode frame by frame, as the tutorial's {@code print_frames}. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Play one episode of a trained (or the random) agent frame by frame.",
      "As the tutorial's print_frames: the environment's drawing, then step, state, action and",
      "reward.",
      "Trains from the same flags as 'train', or retrains trial TRIAL_ID of results folder DIR."
    })
final class ReplayCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin TrialOptions trial;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "A results folder: replay one of its trials, retrained exactly.")
  Path dir;

  @Parameters(index = "1", arity = "0..1", paramLabel = "TRIAL_ID", description = "e.g. c003-r07.")
  String trialId;

  @Option(names = "--random", description = "Replay the uniformly random agent instead.")
  boolean random;

  @Option(
      names = "--start",
      paramLabel = "S",
      description = "Start from observation S (default: drawn from the initial distribution).")
  Integer start;

  @Option(
      names = "--delay-ms",
      defaultValue = "300",
      paramLabel = "MS",
      description = "Pause between frames, and each GIF frame's time (default: ${DEFAULT-VALUE}).")
  int delayMillis;

  @Option(names = "--no-delay", description = "Print every frame at once, for a pipe.")
  boolean noDelay;

  @Option(names = "--no-color", description = "Plain text: no escape codes.")
  boolean noColor;

  @Option(
      names = "--max-frames",
      defaultValue = "100",
      paramLabel = "N",
      description =
          "Show at most N frames: the first N - 1 and the last (0 for all; default: ${DEFAULT-VALUE}).")
  int maxFrames;

  @Option(
      names = "--gif",
      paramLabel = "FILE",
      description =
          "Also write the episode as an animated GIF: the start, then one frame per step.")
  Path gif;

  @Override
  public void run() {
    checkArgument(delayMillis >= 0, "--delay-ms must be >= 0, got %s", delayMillis);
    checkArgument(maxFrames >= 0, "--max-frames must be >= 0 (0 for all), got %s", maxFrames);
    if (gif != null) {
      Path parent = gif.toAbsolutePath().getParent();
      checkArgument(
          parent != null && Files.isDirectory(parent) && Files.isWritable(parent),
          "--gif %s: folder %s does not exist or is not writable",
          gif,
          parent);
    }
    TrialSpec replayed = trialSpec();
    Environment environment = replayed.environment();
    TabularModel model = environment.dynamics();
    if (start != null) {
      checkArgument(
          start >= 0 && start < environment.observationCount(),
          "--start %s is out of range for %s; allowed: 0 to %s",
          start,
          environment.id(),
          environment.observationCount() - 1);
    }
    int[] policy = null;
    if (!random) {
      double[] q = TrialRunner.run(replayed).greedyValues();
      policy = Greedy.policy(q, model.observationCount(), model.actionCount());
    }
    Rollout episode =
        Rollout.play(
            model,
            policy,
            start == null ? -1 : start,
            PolicyEvaluator.horizonOf(model),
            new Xoshiro256StarStar(replayed.seed(Seeds.Stream.EVALUATION)));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s%n", title(replayed, environment));
    print(out, environment, model, episode);
    if (gif != null) {
      AnimatedGif.write(gif, frames(environment, model, episode), Math.max(delayMillis, 20));
      out.printf(Locale.ROOT, "Wrote %s: %d frames%n", gif, episode.steps().size() + 1);
    }
    out.flush();
  }

  private TrialSpec trialSpec() {
    if (dir == null) {
      return trial.spec(0);
    }
    checkArgument(trialId != null, "give a TRIAL_ID after %s, e.g. c001-r00", dir);
    String flag = TrialOptions.firstGiven(spec, "trial");
    checkArgument(
        flag == null,
        "%s: a trial from %s is retrained as recorded; give DIR TRIAL_ID or training flags, not"
            + " both",
        flag,
        dir);
    return TrialRecords.spec(RecordedTrial.row(dir, trialId));
  }

  private String title(TrialSpec t, Environment environment) {
    String options = environment.options().nonDefaultText();
    String agent =
        random
            ? "the random agent"
            : String.format(
                Locale.ROOT,
                "%s after %,d episodes (alpha %s, gamma %s, epsilon %s, seed %d%s)",
                t.algorithm().displayName(),
                t.episodes(),
                t.alpha().text(),
                t.gamma().text(),
                t.epsilon().text(),
                t.rootSeed(),
                t.replicate() == 0 ? "" : " replicate " + t.replicate());
    return String.format(
        Locale.ROOT,
        "Replay of %s on %s%s",
        agent,
        environment.id(),
        options.isEmpty() ? "" : " (" + options + ")");
  }

  private void print(PrintWriter out, Environment environment, TabularModel model, Rollout e) {
    List<Rollout.Step> steps = e.steps();
    int shown = maxFrames == 0 || steps.size() <= maxFrames ? steps.size() : maxFrames;
    frame(
        out,
        environment.render(model.observationOf(e.start()), !noColor),
        "Start" + System.lineSeparator() + "State: " + model.observationOf(e.start()));
    for (int i = 0; i < steps.size(); i++) {
      boolean last = i == steps.size() - 1;
      if (i >= shown - 1 && !last && shown < steps.size()) {
        if (i == shown - 1) {
          out.printf(
              Locale.ROOT,
              "... %,d steps not shown (--max-frames %d) ...%n%n",
              steps.size() - shown,
              maxFrames);
        }
        continue;
      }
      Rollout.Step s = steps.get(i);
      String drawing = environment.render(model.observationOf(s.next()), !noColor);
      String header =
          String.format(
              Locale.ROOT,
              "Timestep: %d%nState: %d%nAction: %d (%s)%nReward: %s",
              i + 1,
              model.observationOf(s.next()),
              s.action(),
              environment.actionNames().get(s.action()),
              Numbers.formatCompact(s.reward()));
      frame(out, drawing, header);
    }
    out.printf(Locale.ROOT, "%s%n", summary(e, model));
  }

  private void frame(PrintWriter out, String drawing, String header) {
    if (!noDelay && !noColor) {
      out.print("\u001b[H\u001b[2J"); // clear the screen, as the tutorial's clear_output
    }
    out.print(drawing);
    out.println(header);
    out.println();
    out.flush();
    if (!noDelay && delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String summary(Rollout e, TabularModel model) {
    String end;
    if (e.succeeded()) {
      end = "succeeded";
    } else if (e.terminated()) {
      end = "ended in failure";
    } else {
      end = "cut at the time limit";
    }
    return String.format(
        Locale.ROOT,
        "Episode: %,d steps, return %s, %d penalties; %s%s.",
        e.steps().size(),
        Numbers.formatCompact(e.totalReturn()),
        e.penalties(),
        end,
        optimality(e, model));
  }

  /**
   * For a deterministic model, whether the return is the best any policy reaches from this start
   * under the time limit (finite-horizon optimal control); one episode of a stochastic model says
   * nothing of the sort.
   */
  private static String optimality(Rollout e, TabularModel model) {
    if (!model.isDeterministic()) {
      return "";
    }
    double best = OptimalControl.optimalValues(model, PolicyEvaluator.horizonOf(model))[e.start()];
    return e.totalReturn() == best
        ? "; optimal: no policy does better from this start"
        : "; the best possible from this start is " + Numbers.formatCompact(best);
  }

  private static List<BufferedImage> frames(
      Environment environment, TabularModel model, Rollout e) {
    GridLayout layout = environment.layoutOrPlain();
    List<BufferedImage> frames = new ArrayList<>();
    frames.add(
        GridPictures.frame(
            layout,
            model.observationOf(e.start()),
            List.of("start: state " + model.observationOf(e.start()), "")));
    double total = 0;
    for (int i = 0; i < e.steps().size(); i++) {
      Rollout.Step s = e.steps().get(i);
      total += s.reward();
      frames.add(
          GridPictures.frame(
              layout,
              model.observationOf(s.next()),
              List.of(
                  String.format(
                      Locale.ROOT,
                      "step %d: %s, reward %s",
                      i + 1,
                      environment.actionNames().get(s.action()),
                      Numbers.formatCompact(s.reward())),
                  String.format(
                      Locale.ROOT,
                      "state %d, return %s",
                      model.observationOf(s.next()),
                      Numbers.formatCompact(total)))));
    }
    return frames;
  }
}
