package dev.qsweep.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environment;
import dev.qsweep.env.Environments;
import dev.qsweep.env.GridLayout;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class StateVisitsImageTest {
  @Test
  void compact_fitsEveryCountInFourCharacters() {
    assertEquals("0", StateVisitsImage.compact(0));
    assertEquals("999", StateVisitsImage.compact(999));
    assertEquals("1.0k", StateVisitsImage.compact(1000));
    assertEquals("9.9k", StateVisitsImage.compact(9949));
    assertEquals("10k", StateVisitsImage.compact(9950));
    assertEquals("999k", StateVisitsImage.compact(999_499));
    assertEquals("1.0M", StateVisitsImage.compact(999_500));
    assertEquals("10M", StateVisitsImage.compact(9_950_000));
    assertEquals("1235M", StateVisitsImage.compact(1_234_567_890));
  }

  @Test
  void draw_frozenLake_coloursTheMostVisitedCellYellow_andLeavesUnvisitedCellsGround() {
    Environment lake = Environments.make("FrozenLake-v1", Map.of("is_slippery", "false"));
    GridLayout layout = lake.layout().orElseThrow();
    long[] visits = new long[16];
    visits[0] = 1000;
    visits[1] = 10;
    visits[2] = 1;
    BufferedImage image = StateVisitsImage.draw(layout, visits, "test");
    Pictures.assertNotBlank(image, "visits", 10, 200);
    // Cells of 64 pixels, the grid below the 28-pixel title and a 12-pixel gap, centred in 420.
    int y = 28 + 12 + 4;
    int x = (420 - 4 * 64) / 2 + 4;
    assertEquals(420, image.getWidth());
    assertEquals(ChartStyle.viridis(1).getRGB(), image.getRGB(x, y));
    double ten = Math.log(10.0) / Math.log(1000.0);
    assertEquals(ChartStyle.viridis(ten).getRGB(), image.getRGB(x + 64, y));
    assertEquals(ChartStyle.viridis(0).getRGB(), image.getRGB(x + 2 * 64, y), "least visited");
    assertEquals(GridPictures.FLOOR.getRGB(), image.getRGB(x + 3 * 64, y), "never visited");
    assertTrue(Pictures.count(image, GridPictures.HOLE) > 4 * 1000, "the holes stay drawn");
    BufferedImage none = StateVisitsImage.draw(layout, new long[16], "test");
    assertEquals(0, Pictures.count(none, ChartStyle.viridis(1)));
    assertEquals(image.getWidth(), none.getWidth());
  }
}
