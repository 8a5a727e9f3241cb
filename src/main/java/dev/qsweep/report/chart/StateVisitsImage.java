package dev.qsweep.report.chart;

import dev.qsweep.env.GridLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * A state-visit heatmap: per panel, the grid with each cell the agent acts in coloured by how often
 * training stepped from it, on one log scale for the whole picture (yellow the most visited, purple
 * the least); cells never stepped from keep their ground colour. Counts are written in cells large
 * enough.
 */
final class StateVisitsImage {
  private StateVisitsImage() {}

  static BufferedImage draw(GridLayout layout, long[] visits, String title) {
    PanelGrid grid = new PanelGrid(layout);
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int o = 0; o < visits.length; o++) {
      if (grid.drawn(o) && visits[o] > 0) {
        min = Math.min(min, visits[o]);
        max = Math.max(max, visits[o]);
      }
    }
    // One scale for every panel (unlike the policy map): how often each panel was visited is
    // part of what the picture shows. Logarithmic from the least visited cell to the most, since
    // counts span orders of magnitude (Taxi's pickup corners against its far cells).
    double floor = Math.log((double) min);
    double span = Math.log((double) max) - floor;
    BufferedImage image = grid.image();
    Graphics2D g = grid.canvas(image, title);
    int size = grid.size;
    for (int p = 0; p < grid.panels; p++) {
      int px = grid.x(p);
      int gy = grid.paintPanel(g, p);
      for (int o = 0; o < visits.length; o++) {
        if (layout.panelOf().applyAsInt(o) != p || !grid.drawn(o) || visits[o] == 0) {
          continue;
        }
        int cell = layout.cellOf().applyAsInt(o);
        Color fill =
            ChartStyle.viridis(span > 0 ? (Math.log((double) visits[o]) - floor) / span : 1);
        GridPictures.paintTile(g, layout, cell, fill, px, gy, size);
        if (size >= 40) {
          g.setColor(ChartStyle.luminance(fill) > 0.5 ? Color.BLACK : Color.WHITE);
          g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, size / 5)));
          Images.centered(
              g,
              compact(visits[o]),
              px + layout.columnOf(cell) * size + size / 2,
              gy + layout.rowOf(cell) * size + size * 3 / 4);
        }
      }
      GridPictures.paintWalls(g, layout, px, gy, size);
    }
    g.dispose();
    return image;
  }

  /** A count in at most four characters: 950, 9.5k, 95k, 1.2M. */
  static String compact(long n) {
    if (n < 1000) {
      return Long.toString(n);
    }
    if (n < 9_950) {
      return String.format(Locale.ROOT, "%.1fk", n / 1e3);
    }
    if (n < 999_500) {
      return String.format(Locale.ROOT, "%dk", Math.round(n / 1e3));
    }
    if (n < 9_950_000) {
      return String.format(Locale.ROOT, "%.1fM", n / 1e6);
    }
    return String.format(Locale.ROOT, "%dM", Math.round(n / 1e6));
  }
}
