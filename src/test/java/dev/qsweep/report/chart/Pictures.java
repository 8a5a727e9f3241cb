package dev.qsweep.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/** Checks that a picture file is what it claims and has something drawn in it. */
public final class Pictures {
  private Pictures() {}

  /** A PNG file: signature, size within 2 pixels of the width, the exact height, not blank. */
  public static BufferedImage assertPng(Path file, int width, int height) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertTrue(bytes.length > 8, file.toString());
    assertArrayEquals(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
        Arrays.copyOf(bytes, 8),
        file + " has a PNG signature");
    BufferedImage image = ImageIO.read(file.toFile());
    assertTrue(Math.abs(image.getWidth() - width) <= 2, file + " width " + image.getWidth());
    assertEquals(height, image.getHeight(), file + " height");
    assertNotBlank(image, file.toString(), 20, 200);
    return image;
  }

  /** At least {@code colors} colours and {@code dark} dark pixels on a 3-pixel lattice. */
  public static void assertNotBlank(BufferedImage image, String name, int colors, int dark) {
    Set<Integer> seen = new HashSet<>();
    int darkCount = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        seen.add(rgb);
        int luma = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
        if (luma < 3 * 128) {
          darkCount++;
        }
      }
    }
    assertTrue(seen.size() >= colors, name + " has only " + seen.size() + " colors: blank?");
    assertTrue(darkCount >= dark, name + " has almost nothing drawn: " + darkCount);
  }

  /** How many pixels are exactly {@code color}. */
  public static int count(BufferedImage image, Color color) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == (color.getRGB() & 0xffffff)) {
          n++;
        }
      }
    }
    return n;
  }
}
