package dev.qsweep.report.chart;

import dev.qsweep.report.Statistics;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A curve's mean as a line with its 95% confidence band as a translucent area behind it. */
final class Bands {
  private Bands() {}

  /** Adds {@code s} to {@code chart}; no band where a point has a single replicate. */
  static void addWithBand(XYChart chart, String name, CurveData.Series s, Color color) {
    int n = s.x().length;
    double[] mean = new double[n];
    double[] low = new double[n];
    double[] high = new double[n];
    boolean band = true;
    for (int i = 0; i < n; i++) {
      Statistics.Estimate e = s.at(i);
      mean[i] = e.mean();
      low[i] = e.ciLow();
      high[i] = e.ciHigh();
      band &= !Double.isNaN(e.ciLow());
    }
    if (band) {
      double[] px = new double[2 * n];
      double[] py = new double[2 * n];
      for (int i = 0; i < n; i++) {
        px[i] = s.x()[i];
        py[i] = high[i];
        px[2 * n - 1 - i] = s.x()[i];
        py[2 * n - 1 - i] = low[i];
      }
      XYSeries area = chart.addSeries(name + " (95% CI)", px, py);
      area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
      area.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 50));
      area.setLineColor(new Color(0, 0, 0, 0));
      area.setMarker(SeriesMarkers.NONE);
      area.setShowInLegend(false);
    }
    XYSeries line = chart.addSeries(name, s.x(), mean);
    line.setLineColor(color);
    line.setLineWidth(2f);
    line.setMarker(SeriesMarkers.NONE);
  }
}
