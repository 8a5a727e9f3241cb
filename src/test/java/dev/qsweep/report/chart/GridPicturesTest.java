package dev.qsweep.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environments;
import dev.qsweep.env.GridLayout;
import dev.qsweep.env.Taxi;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

final class GridPicturesTest {
  @Test
  void frame_taxi_drawsTheTaxiAtItsCell_yellowEmptyGreenLoaded() {
    GridLayout layout = Environments.make("Taxi-v3").layout().orElseThrow();
    BufferedImage empty = GridPictures.frame(layout, Taxi.encode(2, 3, 0, 1), List.of("a", "b"));
    BufferedImage loaded = GridPictures.frame(layout, Taxi.encode(2, 3, 4, 1), List.of("a", "b"));
    Pictures.assertNotBlank(empty, "taxi frame", 8, 100);
    assertEquals(empty.getWidth(), loaded.getWidth());
    assertEquals(empty.getHeight(), loaded.getHeight());
    int size = GridPictures.frameCellSize(layout);
    int x0 = (empty.getWidth() - 5 * size) / 2;
    int cx = x0 + 3 * size + size / 2;
    int cy = 10 + 2 * size + size / 2;
    assertEquals(new Color(0xf2b705).getRGB(), empty.getRGB(cx, cy));
    assertEquals(new Color(0x2e9d48).getRGB(), loaded.getRGB(cx, cy));
  }

  @Test
  void frame_frozenLake_showsTheHolesAndTheGoal() {
    GridLayout layout = Environments.make("FrozenLake8x8-v1").layout().orElseThrow();
    BufferedImage image = GridPictures.frame(layout, 0, List.of("start"));
    Pictures.assertNotBlank(image, "lake frame", 6, 100);
    int size = GridPictures.frameCellSize(layout);
    assertTrue(Pictures.count(image, GridPictures.HOLE) > 10 * (size - 2) * (size - 2));
    assertTrue(Pictures.count(image, GridPictures.GOAL) > (size - 2) * (size - 6) / 2);
  }

  @Test
  void frame_plainGrid_forAnEnvironmentWithoutALayout() {
    GridLayout plain = GridLayout.plain(30, List.of("a", "b"));
    BufferedImage image = GridPictures.frame(plain, 29, List.of("state 29"));
    Pictures.assertNotBlank(image, "plain frame", 4, 100);
    assertEquals(5, plain.rows());
    assertEquals(5 * GridPictures.frameCellSize(plain) + 20 + 18, image.getHeight());
  }
}
