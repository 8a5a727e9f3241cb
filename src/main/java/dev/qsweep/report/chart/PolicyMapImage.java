package dev.qsweep.report.chart;

import dev.qsweep.env.GridLayout;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A policy map: per panel, the grid with each cell coloured by the state value, an arrow for the
 * greedy action (bold where the greedy policy goes from a start state), holes and cliff in their
 * own colours, and a red corner where the greedy action is not an optimal one.
 */
final class PolicyMapImage {
  static final Color NON_OPTIMAL = new Color(0xe02020);

  private PolicyMapImage() {}

  static BufferedImage draw(GridLayout layout, PolicyView view, String title) {
    PanelGrid grid = new PanelGrid(layout);
    int panels = grid.panels;
    int size = grid.size;
    BufferedImage image = grid.image();
    Graphics2D g = grid.canvas(image, title);
    // Each panel on its own scale: Taxi's panels with the passenger aboard are worth far more
    // than those where it waits, and one scale would leave the waiting ones a single colour.
    double[] lo = new double[panels];
    double[] hi = new double[panels];
    Arrays.fill(lo, Double.POSITIVE_INFINITY);
    Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    for (int o = 0; o < view.values().length; o++) {
      if (grid.drawn(o)) {
        int p = layout.panelOf().applyAsInt(o);
        lo[p] = Math.min(lo[p], view.values()[o]);
        hi[p] = Math.max(hi[p], view.values()[o]);
      }
    }
    for (int p = 0; p < panels; p++) {
      int px = grid.x(p);
      int gy = grid.paintPanel(g, p);
      for (int o = 0; o < view.values().length; o++) {
        if (layout.panelOf().applyAsInt(o) == p && grid.drawn(o)) {
          double t = hi[p] > lo[p] ? (view.values()[o] - lo[p]) / (hi[p] - lo[p]) : 1;
          cell(g, layout, view, o, ChartStyle.viridis(t), px, gy, size);
        }
      }
      GridPictures.paintWalls(g, layout, px, gy, size);
    }
    g.dispose();
    return image;
  }

  private static void cell(
      Graphics2D g,
      GridLayout layout,
      PolicyView view,
      int observation,
      Color fill,
      int x0,
      int y0,
      int size) {
    int cell = layout.cellOf().applyAsInt(observation);
    GridPictures.paintTile(g, layout, cell, fill, x0, y0, size);
    int x = x0 + layout.columnOf(cell) * size;
    int y = y0 + layout.rowOf(cell) * size;
    boolean onPath = view.reachable()[observation];
    Color ink = ChartStyle.luminance(fill) > 0.5 ? Color.BLACK : Color.WHITE;
    g.setColor(onPath ? ink : new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 110));
    GridLayout.Move move = layout.moves().get(view.policy()[observation]);
    double cx = x + size / 2.0;
    double cy = y + size / 2.0;
    if (move.moves()) {
      double len = Math.hypot(move.dRow(), move.dColumn());
      double dx = move.dColumn() / len;
      double dy = move.dRow() / len;
      double half = size * 0.32;
      g.setStroke(new BasicStroke(onPath ? Math.max(2f, size / 11f) : Math.max(1f, size / 24f)));
      int x1 = (int) Math.round(cx - dx * half);
      int y1 = (int) Math.round(cy - dy * half);
      int x2 = (int) Math.round(cx + dx * half * 0.55);
      int y2 = (int) Math.round(cy + dy * half * 0.55);
      g.drawLine(x1, y1, x2, y2);
      double head = size * (onPath ? 0.2 : 0.15);
      Polygon tip = new Polygon();
      tip.addPoint((int) Math.round(cx + dx * half), (int) Math.round(cy + dy * half));
      tip.addPoint(
          (int) Math.round(cx + dx * (half - head) - dy * head * 0.7),
          (int) Math.round(cy + dy * (half - head) + dx * head * 0.7));
      tip.addPoint(
          (int) Math.round(cx + dx * (half - head) + dy * head * 0.7),
          (int) Math.round(cy + dy * (half - head) - dx * head * 0.7));
      g.fillPolygon(tip);
    } else {
      g.setFont(new Font(Font.SANS_SERIF, onPath ? Font.BOLD : Font.PLAIN, Math.max(9, size / 3)));
      Images.centered(g, move.symbol(), (int) cx, (int) cy + size / 8);
    }
    if (view.nonOptimal()[observation]) {
      int corner = Math.max(5, size / 3);
      g.setColor(NON_OPTIMAL);
      g.fillPolygon(
          new int[] {x + size - corner, x + size, x + size}, new int[] {y, y, y + corner}, 3);
    }
  }
}
