package dev.qsweep.report.chart;

import dev.qsweep.env.GridLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Where a per-cell picture of a grid puts its panels (one per {@link GridLayout#panels()} entry,
 * e.g. Taxi's passenger and destination pairs) under a title: the policy map and the state-visit
 * heatmap share it, so their panels line up.
 */
final class PanelGrid {
  private static final int TITLE = 28;
  private static final int PANEL_TITLE = 16;
  private static final int GAP = 12;

  final GridLayout layout;
  final int panels;
  final int size;
  private final int panelColumns;
  private final boolean titled;
  private final int panelWidth;
  private final int panelHeight;
  private final int width;
  private final int height;
  private final int left;

  PanelGrid(GridLayout layout) {
    this.layout = layout;
    this.panels = layout.panels().size();
    this.panelColumns = (int) Math.ceil(Math.sqrt(panels));
    int panelRows = (panels + panelColumns - 1) / panelColumns;
    this.size = Math.max(12, Math.min(64, 600 / (panelColumns * layout.columns())));
    this.titled = panels > 1;
    this.panelWidth = layout.columns() * size;
    this.panelHeight = layout.rows() * size + (titled ? PANEL_TITLE : 0);
    this.width = Math.max(panelColumns * (panelWidth + GAP) + GAP, 420);
    this.height = TITLE + panelRows * (panelHeight + GAP) + GAP;
    this.left = (width - panelColumns * (panelWidth + GAP) + GAP) / 2;
  }

  /** An image of the grid's size. */
  BufferedImage image() {
    return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
  }

  /** Whitens {@code image} (of {@link #image()}), writes {@code title} on top; its graphics. */
  Graphics2D canvas(BufferedImage image, String title) {
    Graphics2D g = GridPictures.canvas(image);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    Images.centered(g, title, width / 2, 19);
    return g;
  }

  /** Left edge of panel {@code p}. */
  int x(int p) {
    return left + (p % panelColumns) * (panelWidth + GAP);
  }

  /**
   * Paints panel {@code p}'s title (when there are several) and its ground; returns the top edge of
   * its grid.
   */
  int paintPanel(Graphics2D g, int p) {
    int px = x(p);
    int py = TITLE + GAP + (p / panelColumns) * (panelHeight + GAP);
    if (titled) {
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
      Images.centered(g, layout.panels().get(p), px + panelWidth / 2, py + 11);
    }
    int gy = py + (titled ? PANEL_TITLE : 0);
    GridPictures.paintGround(g, layout, px, gy, size);
    return gy;
  }

  /** Whether {@code observation} is drawn: on a panel, on a cell the agent acts in. */
  boolean drawn(int observation) {
    int cell = layout.cellOf().applyAsInt(observation);
    return layout.panelOf().applyAsInt(observation) >= 0
        && cell >= 0
        && cell < layout.cells().size()
        && acts(layout.cells().get(cell).kind());
  }

  /** Whether a cell of this kind is one the agent acts in (holes, cliff and goal end or reset). */
  private static boolean acts(GridLayout.Kind kind) {
    return kind == GridLayout.Kind.FLOOR || kind == GridLayout.Kind.START;
  }
}
