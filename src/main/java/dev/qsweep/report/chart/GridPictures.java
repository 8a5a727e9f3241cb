package dev.qsweep.report.chart;

import dev.qsweep.env.GridLayout;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Grid pictures drawn from tiles with Java2D: the ground of a {@link GridLayout} (floor, start,
 * goal, holes, cliff, walls, landmarks) and, for a replay, one observation on it (the agent, a
 * waiting passenger, the destination).
 */
public final class GridPictures {
  static final Color FLOOR = new Color(0xf2f2f2);
  static final Color START = new Color(0xcde6c5);
  static final Color GOAL = new Color(0xf7d774);
  static final Color HOLE = new Color(0x141414);
  static final Color CLIFF = new Color(0x8b5a3c);
  static final Color GRID_LINE = new Color(0xbbbbbb);
  private static final Color AGENT = new Color(0xf2b705);
  private static final Color LOADED = new Color(0x2e9d48);
  private static final Color PASSENGER = new Color(0x1f5fbf);
  private static final Color DESTINATION = new Color(0xc2189b);
  private static final int MARGIN = 10;
  private static final int CAPTION_LINE = 18;

  private GridPictures() {}

  /** Cell size in pixels for a replay frame: about 560 pixels across, 8 to 56 per cell. */
  static int frameCellSize(GridLayout layout) {
    return Math.max(8, Math.min(56, 560 / Math.max(layout.rows(), layout.columns())));
  }

  /** The ground tile colour of a cell kind. */
  static Color colorOf(GridLayout.Kind kind) {
    return switch (kind) {
      case FLOOR -> FLOOR;
      case START -> START;
      case GOAL -> GOAL;
      case HOLE -> HOLE;
      case CLIFF -> CLIFF;
    };
  }

  /** A white image with antialiased drawing, and its graphics. */
  static Graphics2D canvas(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    return g;
  }

  /**
   * One replay frame: the grid with {@code observation} on it, {@code caption} lines below. Every
   * frame of a layout with the same number of caption lines has the same size.
   */
  public static BufferedImage frame(GridLayout layout, int observation, List<String> caption) {
    int size = frameCellSize(layout);
    int width = Math.max(layout.columns() * size + 2 * MARGIN, 320);
    int height = layout.rows() * size + 2 * MARGIN + caption.size() * CAPTION_LINE;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas(image);
    int x0 = (width - layout.columns() * size) / 2;
    paintGround(g, layout, x0, MARGIN, size);
    for (GridLayout.Mark mark : layout.marks().apply(observation)) {
      paintMark(g, layout, mark, x0, MARGIN, size);
    }
    boolean loaded =
        layout.marks().apply(observation).stream()
            .anyMatch(m -> m.kind() == GridLayout.MarkKind.LOADED);
    int cell = layout.cellOf().applyAsInt(observation);
    int cx = x0 + layout.columnOf(cell) * size + size / 2;
    int cy = MARGIN + layout.rowOf(cell) * size + size / 2;
    int r = Math.max(3, size * 3 / 10);
    g.setColor(loaded ? LOADED : AGENT);
    g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(Math.max(1f, size / 28f)));
    g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    int y = MARGIN + layout.rows() * size + MARGIN + 4;
    for (String line : caption) {
      g.drawString(line, MARGIN, y + 9);
      y += CAPTION_LINE;
    }
    g.dispose();
    return image;
  }

  /** Paints the cells, their labels, grid lines and walls with the top-left corner at (x0, y0). */
  static void paintGround(Graphics2D g, GridLayout layout, int x0, int y0, int size) {
    for (int c = 0; c < layout.cells().size(); c++) {
      paintTile(g, layout, c, colorOf(layout.cells().get(c).kind()), x0, y0, size);
    }
    paintWalls(g, layout, x0, y0, size);
  }

  /** Paints one cell in {@code fill} with its grid line and its label or kind letter. */
  static void paintTile(
      Graphics2D g, GridLayout layout, int cell, Color fill, int x0, int y0, int size) {
    int x = x0 + layout.columnOf(cell) * size;
    int y = y0 + layout.rowOf(cell) * size;
    g.setColor(fill);
    g.fillRect(x, y, size, size);
    g.setColor(GRID_LINE);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(x, y, size, size);
    GridLayout.Cell c = layout.cells().get(cell);
    String letter =
        !c.label().isEmpty()
            ? c.label()
            : switch (c.kind()) {
              case START -> "S";
              case GOAL -> "G";
              case HOLE -> "H";
              default -> "";
            };
    if (!letter.isEmpty() && size >= 14) {
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(9, size / 4)));
      g.setColor(ChartStyle.luminance(fill) > 0.5 ? Color.BLACK : Color.WHITE);
      // Inside the destination's frame (drawn at a tenth of the cell), not under it.
      int inset = Math.max(2, size / 10) * 2;
      g.drawString(letter, x + inset, y + inset + g.getFontMetrics().getAscent() - 2);
    }
  }

  /** Paints the walls east of cells, and the border, in black. */
  static void paintWalls(Graphics2D g, GridLayout layout, int x0, int y0, int size) {
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(Math.max(2f, size / 12f)));
    for (int c = 0; c < layout.cells().size(); c++) {
      if (layout.cells().get(c).wallEast()) {
        int x = x0 + (layout.columnOf(c) + 1) * size;
        int y = y0 + layout.rowOf(c) * size;
        g.drawLine(x, y, x, y + size);
      }
    }
    g.drawRect(x0, y0, layout.columns() * size, layout.rows() * size);
  }

  private static void paintMark(
      Graphics2D g, GridLayout layout, GridLayout.Mark mark, int x0, int y0, int size) {
    int x = x0 + layout.columnOf(mark.cell()) * size;
    int y = y0 + layout.rowOf(mark.cell()) * size;
    switch (mark.kind()) {
      case DESTINATION -> {
        g.setColor(DESTINATION);
        g.setStroke(new BasicStroke(Math.max(2f, size / 10f)));
        int inset = Math.max(2, size / 10);
        g.drawRect(x + inset, y + inset, size - 2 * inset, size - 2 * inset);
      }
      case PASSENGER -> {
        g.setColor(PASSENGER);
        int r = Math.max(2, size / 6);
        g.fillOval(x + size - 2 * r - 4, y + size - 2 * r - 4, 2 * r, 2 * r);
      }
      case LOADED -> {
        // Drawn as the agent's colour.
      }
    }
  }
}
