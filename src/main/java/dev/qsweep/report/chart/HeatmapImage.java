package dev.qsweep.report.chart;

import static dev.qsweep.report.chart.ChartStyle.HEIGHT;
import static dev.qsweep.report.chart.ChartStyle.WIDTH;
import static dev.qsweep.report.chart.Images.centered;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A heatmap drawn with Java2D, so cells can carry marks XChart's heat map has no place for. */
record HeatmapImage(
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
            Double.isNaN(v)
                ? new Color(0xeeeeee)
                : ChartStyle.viridis(hi > lo ? (v - lo) / (hi - lo) : 1);
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
          g.setColor(ChartStyle.luminance(fill) > 0.5 ? Color.BLACK : Color.WHITE);
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
      g.setColor(ChartStyle.viridis(1 - (double) i / (bottom - top)));
      g.drawLine(sx, top + i, sx + 20, top + i);
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.drawString(String.format(Locale.ROOT, "%.4f", hi), sx + 25, top + 10);
    g.drawString(String.format(Locale.ROOT, "%.4f", lo), sx + 25, bottom);
    g.drawString("* tied with best", left, HEIGHT - 12);
    g.dispose();
    Images.write(image, file);
  }
}
