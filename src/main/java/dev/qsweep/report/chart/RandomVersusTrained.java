package dev.qsweep.report.chart;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.learn.RandomAgent;
import dev.qsweep.report.ConfigSummary;
import dev.qsweep.report.Score;
import dev.qsweep.run.Columns;
import dev.qsweep.run.TrialRecords;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** The tutorial's comparison: the uniformly random agent against the best trained agent. */
final class RandomVersusTrained {
  static final String FILE = "random-vs-trained.png";

  private RandomVersusTrained() {}

  static Charts.Written write(List<ConfigSummary> summaries, List<String> swept, Path dir) {
    ConfigSummary best = summaries.get(0);
    TabularModel model =
        Environments.make(
                best.settings().get(Columns.Trial.ENV.header()),
                TrialRecords.parseOptions(best.settings().get(Columns.Trial.ENV_OPTIONS.header())))
            .dynamics();
    PolicyScore random = PolicyEvaluator.exact(model).score(RandomAgent.policy(model));
    String[] labels = {"reward per move", "penalties per episode", "timesteps per trip"};
    double[] randomValues = {
      random.rewardPerMove(), random.expectedPenalties(), random.expectedSteps()
    };
    double[] trainedValues = {
      best.mean(Score.REWARD_PER_MOVE),
      best.mean(Score.EXPECTED_PENALTIES),
      best.mean(Score.EXPECTED_STEPS)
    };
    List<CategoryChart> panels = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      CategoryChart chart =
          new CategoryChartBuilder()
              .width(ChartStyle.WIDTH / 3)
              .height(ChartStyle.HEIGHT)
              .title(labels[i])
              .yAxisTitle(labels[i])
              .build();
      ChartStyle.style(chart);
      chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
      double lo = Math.min(0, Math.min(randomValues[i], trainedValues[i]));
      double hi = Math.max(0, Math.max(randomValues[i], trainedValues[i]));
      double pad = (hi - lo) * 0.08;
      chart.getStyler().setYAxisMin(lo == 0 ? 0 : lo - pad);
      chart.getStyler().setYAxisMax(hi == 0 ? 0 : hi + pad);
      chart.getStyler().setLabelsVisible(true);
      chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      chart.getStyler().setDecimalPattern("#,##0.####");
      chart.getStyler().setSeriesColors(new Color[] {new Color(0x9e9e9e), ChartStyle.color(0)});
      chart.getStyler().setXAxisTicksVisible(false);
      chart.addSeries("random agent", List.of(" "), List.of(randomValues[i]));
      chart.addSeries("trained (" + best.configId() + ")", List.of(" "), List.of(trainedValues[i]));
      panels.add(chart);
    }
    Images.sideBySide(dir.resolve(FILE), panels);
    return new Charts.Written(
        FILE,
        "The tutorial's comparison: random agent against the best trained agent",
        "Exact scores from every start state under the time limit: the uniformly random agent "
            + "against the best configuration ("
            + best.configId()
            + ": "
            + best.label(swept)
            + "), mean over its replicates.");
  }
}
