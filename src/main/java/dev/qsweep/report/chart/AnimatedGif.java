package dev.qsweep.report.chart;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written with the JDK's own GIF writer (javax.imageio): no dependency, since
 * ImageIO writes image sequences and takes the two pieces of metadata an animation needs, a delay
 * per frame and the NETSCAPE2.0 loop extension.
 */
public final class AnimatedGif {
  private static final String FORMAT = "javax_imageio_gif_image_1.0";

  private AnimatedGif() {}

  /**
   * Writes {@code frames} (all of one size) to {@code file} as a looping animation, all or nothing.
   *
   * @param delayMillis how long each frame shows, rounded to GIF's hundredths of a second (at least
   *     one)
   */
  public static void write(Path file, List<BufferedImage> frames, int delayMillis) {
    checkArgument(!frames.isEmpty(), "an animation needs at least one frame");
    AtomicFiles.write(
        file,
        out -> {
          ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
          try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
              BufferedImage frame = frames.get(i);
              ImageWriteParam param = writer.getDefaultWriteParam();
              IIOMetadata metadata =
                  writer.getDefaultImageMetadata(
                      ImageTypeSpecifier.createFromRenderedImage(frame), param);
              configure(metadata, delayMillis, i == 0);
              writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            }
            writer.endWriteSequence();
          } finally {
            writer.dispose();
          }
        });
  }

  private static void configure(IIOMetadata metadata, int delayMillis, boolean first)
      throws IOException {
    IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
    IIOMetadataNode control = child(root, "GraphicControlExtension");
    control.setAttribute("disposalMethod", "none");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", "FALSE");
    control.setAttribute("delayTime", Integer.toString(Math.max(1, (delayMillis + 5) / 10)));
    control.setAttribute("transparentColorIndex", "0");
    if (first) {
      IIOMetadataNode extensions = child(root, "ApplicationExtensions");
      IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
      loop.setAttribute("applicationID", "NETSCAPE");
      loop.setAttribute("authenticationCode", "2.0");
      loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0: forever
      extensions.appendChild(loop);
    }
    metadata.setFromTree(FORMAT, root);
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    root.appendChild(node);
    return node;
  }
}
