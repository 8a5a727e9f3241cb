package dev.qsweep.report.chart;

import dev.qsweep.report.ConfigSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;

/** The spread of the final reward per move over replicates, one box per configuration. */
final class BoxPlot {
  /** How many configurations the box plot shows. */
  static final int TOP = 15;

  static final String FILE = "final-scores.png";

  private BoxPlot() {}

  static Charts.Written write(
      ChartData data, List<ConfigSummary> summaries, List<String> swept, Path dir) {
    List<ConfigSummary> shown = summaries.subList(0, Math.min(TOP, summaries.size()));
    BoxChart chart =
        new BoxChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title(
                "Reward per move of the final greedy policy across replicates (best "
                    + shown.size()
                    + " configurations)")
            .xAxisTitle("configuration (rank order)")
            .yAxisTitle("reward per move")
            .build();
    ChartStyle.style(chart);
    chart.getStyler().setLegendVisible(false);
    for (ConfigSummary c : shown) {
      double[] v = data.finalScores.get(c.configId());
      List<Double> box = new ArrayList<>();
      for (double d : v) {
        box.add(d);
      }
      if (box.size() == 1) {
        box.add(box.get(0));
      }
      chart.addSeries(c.configId(), box);
    }
    Images.save(chart, dir.resolve(FILE));
    StringBuilder legend = new StringBuilder();
    for (ConfigSummary c : shown.subList(0, Math.min(5, shown.size()))) {
      legend
          .append(legend.length() == 0 ? "" : "; ")
          .append(c.configId())
          .append(" = ")
          .append(c.label(swept));
    }
    return new Charts.Written(
        FILE,
        "Final scores across replicates",
        "One box per configuration, best first: the spread of the final policy's exact reward per "
            + "move over the replicates. "
            + legend
            + ".");
  }
}
