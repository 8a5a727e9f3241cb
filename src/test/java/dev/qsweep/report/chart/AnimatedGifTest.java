package dev.qsweep.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environments;
import dev.qsweep.env.GridLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AnimatedGifTest {
  @TempDir Path dir;

  /** The frames of a GIF file, read back with the JDK's reader. */
  static List<BufferedImage> read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(
        "GIF89a".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(bytes, 6), "GIF signature");
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in);
      List<BufferedImage> frames = new ArrayList<>();
      int n = reader.getNumImages(true);
      for (int i = 0; i < n; i++) {
        frames.add(reader.read(i));
      }
      return frames;
    } finally {
      reader.dispose();
    }
  }

  /** The delay of frame {@code i}, in hundredths of a second. */
  static int delay(Path file, int i) throws IOException {
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
      IIOMetadataNode control =
          (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
      return Integer.parseInt(control.getAttribute("delayTime"));
    } finally {
      reader.dispose();
    }
  }

  @Test
  void write_framesOfAnEpisode_readBackInOrder_loopingWithTheDelay() throws IOException {
    GridLayout layout = Environments.make("CliffWalking-v1").layout().orElseThrow();
    List<BufferedImage> frames = new ArrayList<>();
    for (int s : new int[] {36, 24, 25, 26}) {
      frames.add(GridPictures.frame(layout, s, List.of("state " + s)));
    }
    Path file = dir.resolve("walk.gif");
    AnimatedGif.write(file, frames, 250);
    List<BufferedImage> back = read(file);
    assertEquals(4, back.size());
    for (int i = 0; i < 4; i++) {
      assertEquals(frames.get(i).getWidth(), back.get(i).getWidth());
      assertEquals(frames.get(i).getHeight(), back.get(i).getHeight());
      Pictures.assertNotBlank(back.get(i), "frame " + i, 5, 100);
      assertEquals(25, delay(file, i));
    }
    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("NETSCAPE2.0"), "the loop extension");
    // The agent moved: frames differ.
    assertTrue(back.get(0).getRGB(40, 40) != 0 || !sameImage(back.get(0), back.get(1)));
    assertTrue(!sameImage(back.get(0), back.get(1)), "the agent moved between frames");
  }

  @Test
  void write_noFrames_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AnimatedGif.write(dir.resolve("x.gif"), List.of(), 100));
  }

  private static boolean sameImage(BufferedImage a, BufferedImage b) {
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          return false;
        }
      }
    }
    return true;
  }
}
