package dev.qsweep.report.chart;

import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.report.AxisValues;
import dev.qsweep.report.ConfigSummary;
import dev.qsweep.run.Columns;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The policy map of the best trial, or, where the sweep compares learners, of each learner's best
 * trial side by side. Each trial is retrained from its trials.csv row ({@link RetrainedTrial}), so
 * the report still needs only the results folder.
 */
final class PolicyMapChart {
  static final String FILE = "policy-map.png";

  private PolicyMapChart() {}

  /** The configurations to map: the best, or the best of each learner when learners are swept. */
  static List<ConfigSummary> shown(List<ConfigSummary> summaries, List<String> swept) {
    String learner = Columns.Trial.LEARNER.header();
    if (!swept.contains(learner)) {
      return List.of(summaries.get(0));
    }
    List<ConfigSummary> shown = new ArrayList<>();
    for (String value : AxisValues.of(summaries, learner)) {
      for (ConfigSummary c : summaries) {
        if (c.axisValue(learner).equals(value)) {
          shown.add(c); // summaries are best first
          break;
        }
      }
    }
    return shown;
  }

  /** Draws the map of {@code trials}; empty when there are none (no grid to draw). */
  static Optional<Charts.Written> write(List<RetrainedTrial> trials, List<String> swept, Path dir) {
    List<BufferedImage> maps = new ArrayList<>();
    for (RetrainedTrial t : trials) {
      TrialSpec spec = t.spec;
      double gamma = spec.gamma().valueAt(spec.episodes() - 1L);
      PolicyView view = PolicyView.of(t.environment.dynamics(), t.result.greedyValues(), gamma);
      maps.add(
          PolicyMapImage.draw(
              t.layout,
              view,
              String.format(Locale.ROOT, "%s (%s)", spec.algorithm().text(), t.trialId)));
    }
    if (maps.isEmpty()) {
      return Optional.empty();
    }
    Images.write(Images.row(maps), dir.resolve(FILE));
    return Optional.of(
        new Charts.Written(
            FILE,
            maps.size() > 1
                ? "Policy maps: each learner's best trial"
                : "Policy map of the best trial",
            "The greedy policy of "
                + RetrainedTrial.names(trials, swept)
                + ", retrained from its recorded spec. Arrows show the greedy action, bold where"
                + " the greedy policy goes from a start state; colour is the learned state value"
                + " (max Q, yellow high, purple low, each panel on its own scale); a red corner marks a cell whose greedy action"
                + " is not among the optimal actions (value iteration at the trial's final gamma)."
                + " Holes are black, the cliff brown, the goal gold."));
  }
}
