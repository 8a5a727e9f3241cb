package dev.qsweep.report;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.learn.RandomAgent;
import dev.qsweep.run.Columns;
import dev.qsweep.run.TrialRecords;
import dev.qsweep.schedule.Schedule;
import dev.qsweep.util.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The PNG charts of a results folder: learning curves with 95% confidence bands, the exact
 * evaluation curve, heatmaps over pairs of swept axes, schedule comparisons, a box plot of the
 * final scores, and the tutorial's random-versus-trained comparison. Drawn off-screen (headless).
 */
public final class Charts {
  /** Width of every chart, in pixels: fits a laptop screen and a page at 150 dpi. */
  public static final int WIDTH = 1000;

  /** Height of a single chart. */
  public static final int HEIGHT = 560;

  /** How many of the best configurations the curve charts show. */
  static final int TOP = 5;

  /** How many configurations the box plot shows. */
  static final int BOX_TOP = 15;

  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
  };

  /** A chart written, with what it shows. */
  public record Written(String file, String title, String caption) {}

  private Charts() {}

  /** Draws every chart that applies to {@code folder} into {@code dir}; returns them in order. */
  static List<Written> write(ResultsFolder folder, List<ConfigSummary> summaries, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    List<String> swept = folder.manifest().sweptAxes();
    List<ConfigSummary> top = summaries.subList(0, Math.min(TOP, summaries.size()));
    List<Written> written = new ArrayList<>();
    Map<Columns.Curve, Map<String, CurveData.Series>> curves =
        CurveData.learning(
            folder,
            List.of(
                Columns.Curve.MEAN_RETURN, Columns.Curve.MEAN_STEPS, Columns.Curve.MEAN_PENALTIES));
    written.add(
        learning(
            curves,
            top,
            swept,
            Columns.Curve.MEAN_RETURN,
            "Return per episode",
            "return per episode",
            dir,
            "learning-return.png"));
    written.add(lateReturn(curves.get(Columns.Curve.MEAN_RETURN), top, swept, dir));
    written.add(
        learning(
            curves,
            top,
            swept,
            Columns.Curve.MEAN_STEPS,
            "Steps per episode",
            "steps per episode",
            dir,
            "learning-steps.png"));
    written.add(
        learning(
            curves,
            top,
            swept,
            Columns.Curve.MEAN_PENALTIES,
            "Penalties per episode",
            "penalties per episode",
            dir,
            "learning-penalties.png"));
    if (folder.evaluations().isPresent()) {
      written.add(exactCurve(folder, top, swept, dir));
    }
    List<String> axes = heatmapAxes(swept);
    for (int i = 0; i < axes.size(); i++) {
      for (int j = i + 1; j < axes.size(); j++) {
        written.add(heatmap(summaries, axes.get(i), axes.get(j), dir));
      }
    }
    for (String axis : List.of("alpha", "gamma", "epsilon")) {
      if (swept.contains(axis) && hasDecay(summaries, axis)) {
        written.add(
            scheduleComparison(curves.get(Columns.Curve.MEAN_RETURN), summaries, axis, dir));
      }
    }
    written.add(boxPlot(summaries, swept, dir));
    written.add(randomVersusTrained(summaries, swept, dir));
    return written;
  }

  // ---------------------------------------------------------------- learning curves

  private static Written learning(
      Map<Columns.Curve, Map<String, CurveData.Series>> all,
      List<ConfigSummary> top,
      List<String> swept,
      Columns.Curve column,
      String title,
      String yTitle,
      Path dir,
      String file) {
    Map<String, CurveData.Series> curves = all.get(column);
    XYChart chart =
        xyChart(title + " while training (mean over replicates, 95% CI band)", "episode", yTitle);
    int k = 0;
    for (ConfigSummary c : top) {
      CurveData.Series s = curves.get(c.configId());
      if (s != null) {
        addWithBand(chart, c.configId() + ": " + c.label(swept), s, PALETTE[k % PALETTE.length]);
      }
      k++;
    }
    save(chart, dir.resolve(file));
    return new Written(
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
  private static Written lateReturn(
      Map<String, CurveData.Series> curves, List<ConfigSummary> top, List<String> swept, Path dir) {
    XYChart chart =
        xyChart(
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
        addWithBand(chart, c.configId() + ": " + c.label(swept), late, PALETTE[k % PALETTE.length]);
      }
      k++;
    }
    save(chart, dir.resolve("learning-return-late.png"));
    return new Written(
        "learning-return-late.png",
        "Return per episode in the second half of training",
        "The same curves as above, from the middle of training on, where the scale no longer"
            + " hides the differences between the best configurations.");
  }

  private static Written exactCurve(
      ResultsFolder folder, List<ConfigSummary> top, List<String> swept, Path dir) {
    Map<String, CurveData.Series> curves =
        CurveData.evaluations(folder, Columns.Evaluation.EXPECTED_RETURN);
    XYChart chart =
        xyChart(
            "Exact expected return of the greedy policy during training (no sampling noise)",
            "episodes trained",
            "expected return per episode");
    int k = 0;
    double optimal = Double.NaN;
    for (ConfigSummary c : top) {
      CurveData.Series s = curves.get(c.configId());
      if (s != null) {
        addWithBand(chart, c.configId() + ": " + c.label(swept), s, PALETTE[k % PALETTE.length]);
        optimal =
            c.estimates().get(Score.EXPECTED_RETURN).mean()
                + c.estimates().get(Score.OPTIMALITY_GAP).mean();
      }
      k++;
    }
    if (!Double.isNaN(optimal) && !curves.isEmpty()) {
      double[] range = xRange(curves);
      XYSeries line = chart.addSeries("optimal policy", range, new double[] {optimal, optimal});
      line.setLineColor(Color.DARK_GRAY);
      line.setLineStyle(
          new BasicStroke(
              1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      line.setMarker(SeriesMarkers.NONE);
    }
    save(chart, dir.resolve("exact-evaluation.png"));
    return new Written(
        "exact-evaluation.png",
        "Exact evaluation during training",
        "Every evaluation point scores the greedy policy exactly from every start state; the band "
            + "is the 95% confidence interval across replicates. The dashed line is the optimum.");
  }

  private static double[] xRange(Map<String, CurveData.Series> curves) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (CurveData.Series s : curves.values()) {
      lo = Math.min(lo, s.x()[0]);
      hi = Math.max(hi, s.x()[s.x().length - 1]);
    }
    return new double[] {lo, hi};
  }

  private static void addWithBand(XYChart chart, String name, CurveData.Series s, Color color) {
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

  // ---------------------------------------------------------------- heatmaps

  private static List<String> heatmapAxes(List<String> swept) {
    List<String> axes = new ArrayList<>();
    for (String a : swept) {
      if (!a.equals("env")) {
        axes.add(a);
      }
    }
    return axes;
  }

  private static Written heatmap(
      List<ConfigSummary> summaries, String xAxis, String yAxis, Path dir) {
    List<String> xs = new ArrayList<>(new LinkedHashSet<>(values(summaries, xAxis)));
    List<String> ys = new ArrayList<>(new LinkedHashSet<>(values(summaries, yAxis)));
    sortNumericFirst(xs);
    sortNumericFirst(ys);
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
    new Heatmap(
            "Reward per move: best configuration in each cell (mean over replicates)",
            xAxis,
            yAxis,
            xs,
            ys,
            best,
            tied,
            isBest)
        .save(dir.resolve(file));
    return new Written(
        file,
        "Heatmap of " + xAxis + " x " + yAxis,
        "Each cell is the best mean reward per move over the other swept axes. * marks cells "
            + "holding a configuration statistically tied with the best (paired t-test, Holm, 5%); "
            + "the outlined cell holds the best.");
  }

  private static List<String> values(List<ConfigSummary> summaries, String axis) {
    List<String> v = new ArrayList<>();
    for (ConfigSummary c : summaries) {
      v.add(c.axisValue(axis));
    }
    return v;
  }

  private static void sortNumericFirst(List<String> values) {
    boolean numeric = values.stream().allMatch(v -> v.matches("-?[0-9.]+(E-?[0-9]+)?"));
    if (numeric) {
      values.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
    }
  }

  // ---------------------------------------------------------------- schedules

  private static boolean hasDecay(List<ConfigSummary> summaries, String axis) {
    for (ConfigSummary c : summaries) {
      if (c.axisValue(axis).contains("(")) {
        return true;
      }
    }
    return false;
  }

  private static Written scheduleComparison(
      Map<String, CurveData.Series> curves, List<ConfigSummary> summaries, String axis, Path dir) {
    List<String> schedules = new ArrayList<>(new LinkedHashSet<>(values(summaries, axis)));
    int episodes = 0;
    for (ConfigSummary c : summaries) {
      episodes = Math.max(episodes, Integer.parseInt(c.settings().get("episodes")));
    }
    XYChart top = xyChart(axis + " schedules over training", "episode", axis);
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
      series.setLineColor(PALETTE[k++ % PALETTE.length]);
      series.setLineWidth(2f);
      series.setMarker(SeriesMarkers.NONE);
    }
    XYChart bottom =
        xyChart(
            "Return per episode while training, by "
                + axis
                + " schedule (other axes averaged, 95% CI)",
            "episode",
            "return per episode");
    k = 0;
    for (String text : schedules) {
      CurveData.Series marginal = marginal(summaries, curves, axis, text);
      if (marginal != null) {
        addWithBand(bottom, text, marginal, PALETTE[k % PALETTE.length]);
      }
      k++;
    }
    String file = "schedules-" + axis + ".png";
    stack(dir.resolve(file), top, bottom);
    return new Written(
        file,
        "How the " + axis + " schedules compare",
        "Top: each "
            + axis
            + " schedule's value over training. Bottom: the learning curve of every "
            + "configuration using it, averaged over the other swept axes; the band is the 95% "
            + "confidence interval across replicates.");
  }

  /**
   * The learning curve averaged over every configuration with {@code axis = value}: for each
   * replicate, the mean over those configurations, so the band is across replicates.
   */
  private static CurveData.Series marginal(
      List<ConfigSummary> summaries,
      Map<String, CurveData.Series> curves,
      String axis,
      String value) {
    List<CurveData.Series> members = new ArrayList<>();
    for (ConfigSummary c : summaries) {
      if (c.axisValue(axis).equals(value) && curves.containsKey(c.configId())) {
        members.add(curves.get(c.configId()));
      }
    }
    if (members.isEmpty()) {
      return null;
    }
    CurveData.Series first = members.get(0);
    List<double[]> values = new ArrayList<>();
    for (int i = 0; i < first.x().length; i++) {
      int replicates = first.valuesAtX().get(i).length;
      double[] perReplicate = new double[replicates];
      for (CurveData.Series m : members) {
        double[] v = m.valuesAtX().get(Math.min(i, m.valuesAtX().size() - 1));
        for (int r = 0; r < replicates && r < v.length; r++) {
          perReplicate[r] += v[r] / members.size();
        }
      }
      values.add(perReplicate);
    }
    return new CurveData.Series(first.x(), values);
  }

  // ---------------------------------------------------------------- box plot, comparison

  private static Written boxPlot(List<ConfigSummary> summaries, List<String> swept, Path dir) {
    List<ConfigSummary> shown = summaries.subList(0, Math.min(BOX_TOP, summaries.size()));
    BoxChart chart =
        new BoxChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(
                "Reward per move of the final greedy policy across replicates (best "
                    + shown.size()
                    + " configurations)")
            .xAxisTitle("configuration (rank order)")
            .yAxisTitle("reward per move")
            .build();
    style(chart);
    chart.getStyler().setLegendVisible(false);
    for (ConfigSummary c : shown) {
      double[] v = c.values().get(Score.REWARD_PER_MOVE);
      List<Double> data = new ArrayList<>();
      for (double d : v) {
        data.add(d);
      }
      if (data.size() == 1) {
        data.add(data.get(0));
      }
      chart.addSeries(c.configId(), data);
    }
    save(chart, dir.resolve("final-scores.png"));
    StringBuilder legend = new StringBuilder();
    for (ConfigSummary c : shown.subList(0, Math.min(5, shown.size()))) {
      legend
          .append(legend.length() == 0 ? "" : "; ")
          .append(c.configId())
          .append(" = ")
          .append(c.label(swept));
    }
    return new Written(
        "final-scores.png",
        "Final scores across replicates",
        "One box per configuration, best first: the spread of the final policy's exact reward per "
            + "move over the replicates. "
            + legend
            + ".");
  }

  private static Written randomVersusTrained(
      List<ConfigSummary> summaries, List<String> swept, Path dir) {
    ConfigSummary best = summaries.get(0);
    TabularModel model =
        Environments.make(
                best.settings().get("env"),
                TrialRecords.parseOptions(best.settings().get("env_options")))
            .dynamics();
    PolicyScore random = new PolicyEvaluator(model).score(RandomAgent.policy(model));
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
              .width(WIDTH / 3)
              .height(HEIGHT)
              .title(labels[i])
              .yAxisTitle(labels[i])
              .build();
      style(chart);
      chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
      double lo = Math.min(0, Math.min(randomValues[i], trainedValues[i]));
      double hi = Math.max(0, Math.max(randomValues[i], trainedValues[i]));
      double pad = (hi - lo) * 0.08;
      chart.getStyler().setYAxisMin(lo == 0 ? 0 : lo - pad);
      chart.getStyler().setYAxisMax(hi == 0 ? 0 : hi + pad);
      chart.getStyler().setLabelsVisible(true);
      chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      chart.getStyler().setDecimalPattern("#,##0.####");
      chart.getStyler().setSeriesColors(new Color[] {new Color(0x9e9e9e), PALETTE[0]});
      chart.getStyler().setXAxisTicksVisible(false);
      chart.addSeries("random agent", List.of(" "), List.of(randomValues[i]));
      chart.addSeries("trained (" + best.configId() + ")", List.of(" "), List.of(trainedValues[i]));
      panels.add(chart);
    }
    Path file = dir.resolve("random-vs-trained.png");
    sideBySide(file, panels);
    return new Written(
        "random-vs-trained.png",
        "The tutorial's comparison: random agent against the best trained agent",
        "Exact scores from every start state under the time limit: the uniformly random agent "
            + "against the best configuration ("
            + best.configId()
            + ": "
            + best.label(swept)
            + "), mean over its replicates.");
  }

  // ---------------------------------------------------------------- drawing helpers

  private static XYChart xyChart(String title, String xTitle, String yTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    style(chart);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
    return chart;
  }

  private static void style(Chart<?, ?> chart) {
    Styler s = chart.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setLegendBorderColor(new Color(0xdddddd));
    s.setAntiAlias(true);
    if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
      a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      a.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      a.setPlotGridLinesColor(new Color(0xe6e6e6));
      a.setLocale(Locale.ROOT);
    }
  }

  private static void save(Chart<?, ?> chart, Path file) {
    write(BitmapEncoder.getBufferedImage(chart), file);
  }

  private static void stack(Path file, Chart<?, ?> top, Chart<?, ?> bottom) {
    BufferedImage a = BitmapEncoder.getBufferedImage(top);
    BufferedImage b = BitmapEncoder.getBufferedImage(bottom);
    BufferedImage all =
        new BufferedImage(
            Math.max(a.getWidth(), b.getWidth()),
            a.getHeight() + b.getHeight(),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = all.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, all.getWidth(), all.getHeight());
    g.drawImage(a, 0, 0, null);
    g.drawImage(b, 0, a.getHeight(), null);
    g.dispose();
    write(all, file);
  }

  private static void sideBySide(Path file, List<? extends Chart<?, ?>> panels) {
    List<BufferedImage> images = new ArrayList<>();
    int width = 0;
    int height = 0;
    for (Chart<?, ?> c : panels) {
      BufferedImage i = BitmapEncoder.getBufferedImage(c);
      images.add(i);
      width += i.getWidth();
      height = Math.max(height, i.getHeight());
    }
    BufferedImage all = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = all.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    int x = 0;
    for (BufferedImage i : images) {
      g.drawImage(i, x, 0, null);
      x += i.getWidth();
    }
    g.dispose();
    write(all, file);
  }

  static void write(BufferedImage image, Path file) {
    AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
  }

  /** A heatmap drawn with Java2D, so cells can carry marks XChart's heat map has no place for. */
  private record Heatmap(
      String title,
      String xAxis,
      String yAxis,
      List<String> xs,
      List<String> ys,
      double[][] values,
      boolean[][] tied,
      boolean[][] best) {

    void save(Path file) {
      BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
      centered(g, title, WIDTH / 2, 28);
      int left = 170;
      int top = 50;
      int right = WIDTH - 140;
      int bottom = HEIGHT - 80;
      int cw = (right - left) / xs.size();
      int ch = (bottom - top) / ys.size();
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double[] row : values) {
        for (double v : row) {
          if (!Double.isNaN(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
      Font cellFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, Math.min(14, cw / 6)));
      for (int y = 0; y < ys.size(); y++) {
        for (int x = 0; x < xs.size(); x++) {
          int px = left + x * cw;
          int py = bottom - (y + 1) * ch;
          double v = values[y][x];
          Color fill =
              Double.isNaN(v) ? new Color(0xeeeeee) : viridis(hi > lo ? (v - lo) / (hi - lo) : 1);
          g.setColor(fill);
          g.fillRect(px, py, cw, ch);
          g.setColor(Color.WHITE);
          g.drawRect(px, py, cw, ch);
          if (best[y][x]) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(3f));
            g.drawRect(px + 2, py + 2, cw - 4, ch - 4);
            g.setStroke(new BasicStroke(1f));
          }
          if (!Double.isNaN(v)) {
            g.setFont(cellFont);
            g.setColor(luminance(fill) > 0.5 ? Color.BLACK : Color.WHITE);
            centered(
                g,
                String.format(Locale.ROOT, "%.4f%s", v, tied[y][x] ? " *" : ""),
                px + cw / 2,
                py + ch / 2 + 5);
          }
        }
      }
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      for (int x = 0; x < xs.size(); x++) {
        centered(g, xs.get(x), left + x * cw + cw / 2, bottom + 18);
      }
      for (int y = 0; y < ys.size(); y++) {
        String label = ys.get(y);
        int width = g.getFontMetrics().stringWidth(label);
        g.drawString(label, left - 8 - width, bottom - y * ch - ch / 2 + 5);
      }
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      centered(g, xAxis, (left + right) / 2, bottom + 45);
      g.drawString(yAxis, 16, top + 10);
      // Color scale.
      int sx = right + 40;
      for (int i = 0; i < bottom - top; i++) {
        g.setColor(viridis(1 - (double) i / (bottom - top)));
        g.drawLine(sx, top + i, sx + 20, top + i);
      }
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      g.drawString(String.format(Locale.ROOT, "%.4f", hi), sx + 25, top + 10);
      g.drawString(String.format(Locale.ROOT, "%.4f", lo), sx + 25, bottom);
      g.drawString("* tied with best", left, HEIGHT - 12);
      g.dispose();
      write(image, file);
    }

    private static void centered(Graphics2D g, String text, int x, int y) {
      FontMetrics m = g.getFontMetrics();
      g.drawString(text, x - m.stringWidth(text) / 2, y);
    }

    private static double luminance(Color c) {
      return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
    }

    /** A compact approximation of matplotlib's viridis, t in [0, 1]. */
    private static Color viridis(double t) {
      double[][] stops = {
        {68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37},
      };
      t = Math.max(0, Math.min(1, t));
      double pos = t * (stops.length - 1);
      int i = Math.min((int) pos, stops.length - 2);
      double f = pos - i;
      return new Color(
          (int) Math.round(stops[i][0] + f * (stops[i + 1][0] - stops[i][0])),
          (int) Math.round(stops[i][1] + f * (stops[i + 1][1] - stops[i][1])),
          (int) Math.round(stops[i][2] + f * (stops[i + 1][2] - stops[i][2])));
    }
  }
}
