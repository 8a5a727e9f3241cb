package dev.qsweep.report.chart;

import dev.qsweep.report.ConfigSummary;
import dev.qsweep.run.Columns;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;

/** The binned learning curves of the best configurations, with 95% confidence bands. */
final class LearningCurves {
  private LearningCurves() {}

  /** One curves.csv column of the {@code top} configurations over all of training. */
  static Charts.Written learning(
      Map<String, CurveData.Series> curves,
      List<ConfigSummary> top,
      List<String> swept,
      String title,
      String yTitle,
      Path dir,
      String file) {
    XYChart chart =
        ChartStyle.xyChart(
            title + " while training (mean over replicates, 95% CI band)", "episode", yTitle);
    int k = 0;
    for (ConfigSummary c : top) {
      CurveData.Series s = curves.get(c.configId());
      if (s != null) {
        Bands.addWithBand(chart, c.configId() + ": " + c.label(swept), s, ChartStyle.color(k));
      }
      k++;
    }
    Images.save(chart, dir.resolve(file));
    return new Charts.Written(
        file,
        title + " while training",
        "The "
            + top.size()
            + " best configurations; each point is the mean over a bin of episodes, "
            + "averaged over replicates, with a 95% confidence band across replicates.");
  }

  /**
   * The return curve over the second half of training only: the first bins (long, random early
   * episodes) set the scale of the full chart and flatten the differences that remain at the end.
   */
  static Charts.Written lateReturn(
      Map<String, CurveData.Series> curves, List<ConfigSummary> top, List<String> swept, Path dir) {
    XYChart chart =
        ChartStyle.xyChart(
            "Return per episode, second half of training (mean over replicates, 95% CI band)",
            "episode", "return per episode");
    int k = 0;
    for (ConfigSummary c : top) {
      CurveData.Series s = curves.get(c.configId());
      if (s != null) {
        double half = s.x()[s.x().length - 1] / 2;
        int from = 0;
        while (from < s.x().length - 1 && s.x()[from] < half) {
          from++;
        }
        CurveData.Series late =
            new CurveData.Series(
                Arrays.copyOfRange(s.x(), from, s.x().length),
                s.valuesAtX().subList(from, s.valuesAtX().size()));
        Bands.addWithBand(chart, c.configId() + ": " + c.label(swept), late, ChartStyle.color(k));
      }
      k++;
    }
    Images.save(chart, dir.resolve("learning-return-late.png"));
    return new Charts.Written(
        "learning-return-late.png",
        "Return per episode in the second half of training",
        "The same curves as above, from the middle of training on, where the scale no longer"
            + " hides the differences between the best configurations.");
  }

  /** The column names the learning charts read from curves.csv. */
  static final List<Columns.Curve> COLUMNS =
      List.of(Columns.Curve.MEAN_RETURN, Columns.Curve.MEAN_STEPS, Columns.Curve.MEAN_PENALTIES);
}
