package dev.qsweep.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

final class ImagesTest {
  @TempDir Path dir;

  @Test
  void write_readsBackAsTheSamePixels_whateverTheSizeAndColours() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    int[][] sizes = {{1, 1}, {1, 9}, {9, 1}, {3, 7}, {257, 13}, {Charts.WIDTH, Charts.HEIGHT}};
    for (int[] size : sizes) {
      for (boolean noise : new boolean[] {true, false}) {
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size[1]; y++) {
          for (int x = 0; x < size[0]; x++) {
            // Noise, or flat bands with a few edges, as charts have.
            int rgb = noise ? random.nextInt() : (x / 50 + y / 20) % 3 == 0 ? 0x1f77b4 : 0xffffff;
            image.setRGB(x, y, rgb);
          }
        }
        assertSamePixels(image, write(image, size[0] + "x" + size[1] + noise + ".png"));
      }
    }
  }

  @Test
  void write_readsBackAsTheSamePixels_forADrawnChart() throws IOException {
    XYChart chart = ChartStyle.xyChart("title", "episode", "return");
    chart.addSeries("a", new double[] {0, 1, 2, 3}, new double[] {-3, 1.5, 2, 7.9});
    BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    assertSamePixels(image, write(image, "chart.png"));
  }

  @Test
  void write_givesTheSameBytes_forTheSamePixels_onAnyThread() throws IOException {
    XYChart chart = ChartStyle.xyChart("title", "episode", "return");
    chart.addSeries("a", new double[] {0, 1, 2, 3}, new double[] {-3, 1.5, 2, 7.9});
    BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    byte[] first = Files.readAllBytes(write(image, "first.png"));
    List<Path> files =
        IntStream.range(0, 8).parallel().mapToObj(i -> write(image, i + ".png")).toList();
    for (Path file : files) {
      assertArrayEquals(first, Files.readAllBytes(file), file.toString());
    }
  }

  @Test
  void write_intoAFolderThatIsAFile_failsNamingTheFile_andLeavesNothing() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("charts"), "a file");
    Path file = notAFolder.resolve("a.png");
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> Images.write(image, file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    try (var left = Files.list(dir)) {
      assertEquals(List.of(notAFolder), left.toList());
    }
  }

  @Test
  void write_replacesAnOlderFile_whole() throws IOException {
    Path file = dir.resolve("a.png");
    Files.write(file, new byte[100_000]);
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    Images.write(image, file);
    assertSamePixels(image, file);
    try (var left = Files.list(dir)) {
      assertFalse(left.anyMatch(p -> !p.equals(file)), "no temporary file is left");
    }
  }

  private Path write(BufferedImage image, String name) {
    Path file = dir.resolve(name);
    Images.write(image, file);
    return file;
  }

  private static void assertSamePixels(BufferedImage expected, Path file) throws IOException {
    BufferedImage read = ImageIO.read(file.toFile());
    assertEquals(expected.getWidth(), read.getWidth(), file.toString());
    assertEquals(expected.getHeight(), read.getHeight(), file.toString());
    int w = expected.getWidth();
    int h = expected.getHeight();
    assertArrayEquals(
        expected.getRGB(0, 0, w, h, null, 0, w),
        read.getRGB(0, 0, w, h, null, 0, w),
        file.toString());
  }
}
