package dev.qsweep.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look every chart shares: size, palette, fonts, and the colour scale of the heatmaps. */
final class ChartStyle {
  /** Width of every chart, in pixels: fits a laptop screen and a page at 150 dpi. */
  static final int WIDTH = 1000;

  /** Height of a single chart. */
  static final int HEIGHT = 560;

  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf),
  };

  private ChartStyle() {}

  /** The {@code k}-th colour of the palette, cycling. */
  static Color color(int k) {
    return PALETTE[k % PALETTE.length];
  }

  /** An XY chart of the standard size and style, its legend below it. */
  static XYChart xyChart(String title, String xTitle, String yTitle) {
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

  /** White backgrounds, the shared fonts, and numbers without a locale. */
  static void style(Chart<?, ?> chart) {
    Styler s = chart.getStyler();
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setLegendBorderColor(new Color(0xdddddd));
    s.setAntiAlias(true);
    if (s instanceof AxesChartStyler a) {
      a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
      a.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      a.setPlotGridLinesColor(new Color(0xe6e6e6));
      a.setLocale(Locale.ROOT);
    }
  }

  /** Relative luminance in [0, 1], to pick black or white text on a fill. */
  static double luminance(Color c) {
    return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
  }

  /** A compact approximation of matplotlib's viridis, t in [0, 1]. */
  static Color viridis(double t) {
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
