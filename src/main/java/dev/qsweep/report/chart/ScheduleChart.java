package dev.qsweep.report.chart;

import dev.qsweep.report.AxisValues;
import dev.qsweep.report.ConfigSummary;
import dev.qsweep.run.Columns;
import dev.qsweep.schedule.Schedule;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Decaying schedules of one axis: their values over training above their learning curves. */
final class ScheduleChart {
  private ScheduleChart() {}

  /** Whether any value of {@code axis} is a schedule rather than a constant. */
  static boolean hasDecay(List<ConfigSummary> summaries, String axis) {
    for (ConfigSummary c : summaries) {
      if (c.axisValue(axis).contains("(")) {
        return true;
      }
    }
    return false;
  }

  static Charts.Written write(
      ChartData data, List<ConfigSummary> summaries, String axis, Path dir) {
    int episodes = 0;
    for (ConfigSummary c : summaries) {
      episodes =
          Math.max(episodes, Integer.parseInt(c.settings().get(Columns.Trial.EPISODES.header())));
    }
    List<String> schedules = AxisValues.of(summaries, axis);
    XYChart top = ChartStyle.xyChart(axis + " schedules over training", "episode", axis);
    int points = 200;
    int k = 0;
    for (String text : schedules) {
      Schedule s = Schedule.parse(text);
      double[] x = new double[points + 1];
      double[] y = new double[points + 1];
      for (int i = 0; i <= points; i++) {
        x[i] = (double) episodes * i / points;
        y[i] = s.valueAt((long) x[i]);
      }
      XYSeries series = top.addSeries(text, x, y);
      series.setLineColor(ChartStyle.color(k++));
      series.setLineWidth(2f);
      series.setMarker(SeriesMarkers.NONE);
    }
    XYChart bottom =
        ChartStyle.xyChart(
            "Return per episode while training, by "
                + axis
                + " schedule (other axes averaged, 95% CI)",
            "episode",
            "return per episode");
    k = 0;
    for (String text : schedules) {
      CurveData.Series marginal = data.marginal(axis, text);
      if (marginal != null) {
        Bands.addWithBand(bottom, text, marginal, ChartStyle.color(k));
      }
      k++;
    }
    String file = "schedules-" + axis + ".png";
    Images.stack(dir.resolve(file), top, bottom);
    return new Charts.Written(
        file,
        "How the " + axis + " schedules compare",
        "Top: each "
            + axis
            + " schedule's value over training. Bottom: the learning curve of every "
            + "configuration using it, averaged over the other swept axes; the band is the 95% "
            + "confidence interval across replicates.");
  }
}
