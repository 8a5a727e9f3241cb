package dev.qsweep.report.chart;

import com.pngencoder.PngEncoder;
import dev.qsweep.util.AtomicFiles;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writing charts as PNG files, alone, stacked or side by side, each file all or nothing. */
public final class Images {
  private Images() {}

  /** Renders {@code chart} and writes it as a PNG. */
  static void save(Chart<?, ?> chart, Path file) {
    write(BitmapEncoder.getBufferedImage(chart), file);
  }

  /** Writes {@code top} above {@code bottom} in one PNG. */
  static void stack(Path file, Chart<?, ?> top, Chart<?, ?> bottom) {
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

  /** Writes the charts left to right in one PNG. */
  static void sideBySide(Path file, List<? extends Chart<?, ?>> panels) {
    List<BufferedImage> images = new ArrayList<>();
    for (Chart<?, ?> c : panels) {
      images.add(BitmapEncoder.getBufferedImage(c));
    }
    write(row(images), file);
  }

  /** The images left to right on white, top-aligned. */
  static BufferedImage row(List<BufferedImage> images) {
    int width = 0;
    int height = 0;
    for (BufferedImage i : images) {
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
    return all;
  }

  /**
   * zlib's default level: on the report's charts (flat fills, lines and text) it gives smaller
   * files than ImageIO's writer in half the time; 9 is three times slower for 8% fewer bytes.
   */
  private static final int COMPRESSION_LEVEL = 6;

  /**
   * Writes {@code image} as a PNG, atomically; the same pixels always give the same bytes. One
   * thread compresses, since the charts are drawn in parallel already (the encoder's multi-threaded
   * mode would start a pool of its own), and without PNG's row filters, which cost more than they
   * save on charts.
   */
  public static void write(BufferedImage image, Path file) {
    PngEncoder encoder =
        new PngEncoder()
            .withBufferedImage(image)
            .withCompressionLevel(COMPRESSION_LEVEL)
            .withPredictorEncoding(false)
            .withMultiThreadedCompressionEnabled(false);
    AtomicFiles.write(
        file,
        out -> {
          BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
          try {
            encoder.toStream(buffered);
          } catch (UncheckedIOException e) {
            throw e.getCause(); // so that the error names the file, as any other write failure
          }
          buffered.flush();
        });
  }

  /** Draws {@code text} centred on {@code x}, its baseline at {@code y}. */
  static void centered(Graphics2D g, String text, int x, int y) {
    FontMetrics m = g.getFontMetrics();
    g.drawString(text, x - m.stringWidth(text) / 2, y);
  }
}
