package dev.qsweep.report.chart;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The state-visit heatmap of the trials the policy map shows, side by side: how often each one's
 * training stepped from each cell, counted while retraining it from its spec ({@link
 * RetrainedTrial}).
 */
final class StateVisitsChart {
  static final String FILE = "state-visits.png";

  private StateVisitsChart() {}

  /** Draws the heatmap of {@code trials}; empty when there are none (no grid to draw). */
  static Optional<Charts.Written> write(List<RetrainedTrial> trials, List<String> swept, Path dir) {
    List<BufferedImage> maps = new ArrayList<>();
    for (RetrainedTrial t : trials) {
      maps.add(
          StateVisitsImage.draw(
              t.layout,
              t.visits(),
              String.format(
                  Locale.ROOT,
                  "%s (%s): %,d training steps",
                  t.spec.algorithm().text(),
                  t.trialId,
                  t.result.totals().steps())));
    }
    if (maps.isEmpty()) {
      return Optional.empty();
    }
    Images.write(Images.row(maps), dir.resolve(FILE));
    return Optional.of(
        new Charts.Written(
            FILE,
            maps.size() > 1
                ? "State visits: each learner's best trial"
                : "State visits of the best trial",
            "How often the training of "
                + RetrainedTrial.names(trials, swept)
                + " took a step from each cell, counted while retraining it from its recorded"
                + " spec (the counts add up to its train_steps). Colour is on a log scale, one"
                + " for the whole picture: yellow most visited, purple least; cells never stepped"
                + " from keep their ground colour, and holes, cliff and goal are never stepped"
                + " from. Large cells show the count."));
  }
}
