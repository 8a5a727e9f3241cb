package dev.qsweep.report.chart;

import dev.qsweep.report.SearchHistory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The best score a search had found against the env steps it had spent, one step line per search,
 * and each full grid as a point at its cost with a dashed line at its best score.
 */
public final class BestSoFarChart {
  /** The file name in a report's charts folder. */
  public static final String FILE = "best-so-far.png";

  /**
   * A search's curve.
   *
   * @param label its name in the legend
   * @param points its best-so-far points ({@link SearchHistory#bestSoFar})
   */
  public record Line(String label, List<SearchHistory.Point> points) {}

  /**
   * A full grid: what it cost and the best it found.
   *
   * @param label its name in the legend
   * @param envSteps its {@code total_env_steps}
   * @param rewardPerMove its best configuration's mean reward per move
   */
  public record Reference(String label, long envSteps, double rewardPerMove) {}

  private BestSoFarChart() {}

  /**
   * Draws the lines and references into {@code file}. When several of them end within a band too
   * narrow to tell apart on the full scale (the usual case: every search finds a configuration near
   * the best), a second panel below zooms in on that band.
   */
  public static void write(List<Line> lines, List<Reference> grids, Path file) {
    double right = 0;
    for (Line l : lines) {
      right = Math.max(right, (double) l.points().get(l.points().size() - 1).envSteps());
    }
    for (Reference g : grids) {
      right = Math.max(right, (double) g.envSteps());
    }
    // Whole millions (or thousands) on the axis, not 1E7.
    double unit = right >= 1e6 ? 1e6 : right >= 1e3 ? 1e3 : 1;
    String unitName = unit == 1e6 ? ", millions" : unit == 1e3 ? ", thousands" : "";
    String xTitle =
        "env steps spent (cumulative, in the order the search ran its batches" + unitName + ")";
    XYChart all =
        chart(
            "Best reward per move found so far against env steps spent",
            xTitle,
            lines,
            grids,
            unit,
            right);
    double[] band = zoomBand(lines, grids);
    if (band == null) {
      Images.save(all, file);
      return;
    }
    all.getStyler().setLegendVisible(false);
    XYChart near =
        chart(
            String.format(
                Locale.ROOT,
                "Near the top, where they end: reward per move %.4f to %.4f",
                band[2],
                band[3]),
            xTitle,
            lines,
            grids,
            unit,
            right);
    near.getStyler().setYAxisMin(band[0]);
    near.getStyler().setYAxisMax(band[1]);
    Images.stack(file, all, near);
  }

  /**
   * The y range of the zoom panel, {lo, hi, lowest end, highest end}, when two or more lines and
   * grids end at different scores whose spread is under a tenth of the full chart's; else null.
   */
  static double[] zoomBand(List<Line> lines, List<Reference> grids) {
    double lowEnd = Double.POSITIVE_INFINITY;
    double highEnd = Double.NEGATIVE_INFINITY;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Line l : lines) {
      double end = l.points().get(l.points().size() - 1).rewardPerMove();
      lowEnd = Math.min(lowEnd, end);
      highEnd = Math.max(highEnd, end);
      for (SearchHistory.Point p : l.points()) {
        low = Math.min(low, p.rewardPerMove());
        high = Math.max(high, p.rewardPerMove());
      }
    }
    for (Reference g : grids) {
      lowEnd = Math.min(lowEnd, g.rewardPerMove());
      highEnd = Math.max(highEnd, g.rewardPerMove());
      low = Math.min(low, g.rewardPerMove());
      high = Math.max(high, g.rewardPerMove());
    }
    double spread = highEnd - lowEnd;
    if (lines.size() + grids.size() < 2 || !(spread > 0) || spread >= 0.1 * (high - low)) {
      return null;
    }
    double pad = spread / 2;
    return new double[] {lowEnd - pad, highEnd + pad, lowEnd, highEnd};
  }

  private static XYChart chart(
      String title,
      String xTitle,
      List<Line> lines,
      List<Reference> grids,
      double unit,
      double right) {
    XYChart chart = ChartStyle.xyChart(title, xTitle, "reward per move of the best so far");
    int k = 0;
    for (Line l : lines) {
      // A step line: the best holds until the next configuration beats it.
      List<SearchHistory.Point> p = l.points();
      double[] x = new double[2 * p.size() - 1];
      double[] y = new double[x.length];
      for (int i = 0; i < p.size(); i++) {
        x[2 * i] = p.get(i).envSteps() / unit;
        y[2 * i] = p.get(i).rewardPerMove();
        if (i + 1 < p.size()) {
          x[2 * i + 1] = p.get(i + 1).envSteps() / unit;
          y[2 * i + 1] = p.get(i).rewardPerMove();
        }
      }
      XYSeries s = chart.addSeries(l.label(), x, y);
      s.setLineColor(ChartStyle.color(k));
      s.setLineWidth(2f);
      s.setMarker(SeriesMarkers.NONE);
      k++;
    }
    for (Reference g : grids) {
      Color color = ChartStyle.color(k++);
      XYSeries level =
          chart.addSeries(
              g.label() + ": its best",
              new double[] {0, right / unit},
              new double[] {g.rewardPerMove(), g.rewardPerMove()});
      level.setLineColor(color);
      level.setLineStyle(
          new BasicStroke(
              1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      level.setMarker(SeriesMarkers.NONE);
      level.setShowInLegend(false);
      XYSeries point =
          chart.addSeries(
              g.label(), new double[] {g.envSteps() / unit}, new double[] {g.rewardPerMove()});
      point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      point.setMarker(SeriesMarkers.DIAMOND);
      point.setMarkerColor(color);
    }
    chart.getStyler().setMarkerSize(12);
    chart.getStyler().setYAxisDecimalPattern("0.####");
    chart.getStyler().setXAxisMin(0.0);
    return chart;
  }

  /** The chart of one search's own report. */
  static Charts.Written write(SearchHistory history, String strategy, Path dir) {
    write(List.of(new Line(strategy, history.bestSoFar())), List.of(), dir.resolve(FILE));
    return new Charts.Written(
        FILE,
        "Best score found against env steps spent",
        "After each configuration's replicates, in the order the search ran its batches: the mean"
            + " reward per move of the configuration it would pick if it stopped there, the best of"
            + " those trained to the largest budget so far (it can fall when the budget rises, a"
            + " longer run being scored afresh). `qsweep compare` draws several searches and a"
            + " full grid on one chart.");
  }
}
