package dev.qsweep.report.chart;

import dev.qsweep.report.AxisValues;
import dev.qsweep.report.ConfigSummary;
import dev.qsweep.report.Score;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Heatmaps of the best reward per move over each pair of swept axes. */
final class HeatmapChart {
  private HeatmapChart() {}

  /** The swept axes a heatmap can have: all but the environment. */
  static List<String> axes(List<String> swept) {
    List<String> axes = new ArrayList<>();
    for (String a : swept) {
      if (!a.equals("env")) {
        axes.add(a);
      }
    }
    return axes;
  }

  static Charts.Written write(List<ConfigSummary> summaries, String xAxis, String yAxis, Path dir) {
    List<String> xs = AxisValues.of(summaries, xAxis);
    List<String> ys = AxisValues.of(summaries, yAxis);
    double[][] best = new double[ys.size()][xs.size()];
    boolean[][] tied = new boolean[ys.size()][xs.size()];
    boolean[][] isBest = new boolean[ys.size()][xs.size()];
    for (double[] row : best) {
      Arrays.fill(row, Double.NaN);
    }
    for (ConfigSummary c : summaries) {
      int x = xs.indexOf(c.axisValue(xAxis));
      int y = ys.indexOf(c.axisValue(yAxis));
      double v = c.mean(Score.REWARD_PER_MOVE);
      if (Double.isNaN(best[y][x]) || v > best[y][x]) {
        best[y][x] = v;
      }
      tied[y][x] |= c.tiedWithBest();
      isBest[y][x] |= c.rank() == 1;
    }
    String file = "heatmap-" + xAxis + "-" + yAxis + ".png";
    new HeatmapImage(
            "Reward per move: best configuration in each cell (mean over replicates)",
            xAxis,
            yAxis,
            xs,
            ys,
            best,
            tied,
            isBest)
        .save(dir.resolve(file));
    return new Charts.Written(
        file,
        "Heatmap of " + xAxis + " x " + yAxis,
        "Each cell is the best mean reward per move over the other swept axes. * marks cells "
            + "holding a configuration statistically tied with the best (paired t-test, Holm, 5%); "
            + "the outlined cell holds the best.");
  }
}
