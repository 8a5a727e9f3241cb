package dev.qsweep.report.chart;

import dev.qsweep.report.ConfigSummary;
import dev.qsweep.report.Score;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The exact score of the greedy policy during training (evaluations.csv), against the optimum. */
final class ExactEvaluationChart {
  static final String FILE = "exact-evaluation.png";

  private ExactEvaluationChart() {}

  static Charts.Written write(
      ChartData data, List<ConfigSummary> top, List<String> swept, Path dir) {
    Map<String, CurveData.Series> curves = data.evaluationCurves;
    XYChart chart =
        ChartStyle.xyChart(
            "Exact expected return of the greedy policy during training (no sampling noise)",
            "episodes trained",
            "expected return per episode");
    int k = 0;
    double optimal = Double.NaN;
    for (ConfigSummary c : top) {
      CurveData.Series s = curves.get(c.configId());
      if (s != null) {
        Bands.addWithBand(chart, c.configId() + ": " + c.label(swept), s, ChartStyle.color(k));
        optimal = c.mean(Score.EXPECTED_RETURN) + c.mean(Score.OPTIMALITY_GAP);
      }
      k++;
    }
    if (!Double.isNaN(optimal)) {
      double[] range = data.evaluationRange;
      XYSeries line = chart.addSeries("optimal policy", range, new double[] {optimal, optimal});
      line.setLineColor(Color.DARK_GRAY);
      line.setLineStyle(
          new BasicStroke(
              1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      line.setMarker(SeriesMarkers.NONE);
    }
    Images.save(chart, dir.resolve(FILE));
    return new Charts.Written(
        FILE,
        "Exact evaluation during training",
        "Every evaluation point scores the greedy policy exactly from every start state; the band "
            + "is the 95% confidence interval across replicates. The dashed line is the optimum.");
  }
}
