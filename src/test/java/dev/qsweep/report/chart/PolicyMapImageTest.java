package dev.qsweep.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environment;
import dev.qsweep.env.Environments;
import dev.qsweep.env.GridLayout;
import dev.qsweep.eval.ValueIteration;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PolicyMapImageTest {
  private static BufferedImage map(Environment env, double[] q, double gamma) {
    GridLayout layout = env.layout().orElseThrow();
    return PolicyMapImage.draw(layout, PolicyView.of(env.dynamics(), q, gamma), "test");
  }

  @Test
  void draw_optimalPolicy_hasNoRedCorner_andANonOptimalOneHas() {
    Environment cliff = Environments.make("CliffWalking-v1");
    double[] star = ValueIteration.solve(cliff.dynamics(), 1.0).q();
    BufferedImage optimal = map(cliff, star, 1.0);
    Pictures.assertNotBlank(optimal, "cliff map", 20, 200);
    assertEquals(0, Pictures.count(optimal, PolicyMapImage.NON_OPTIMAL));
    BufferedImage zeros = map(cliff, new double[48 * 4], 1.0);
    assertTrue(Pictures.count(zeros, PolicyMapImage.NON_OPTIMAL) > 100);
    assertTrue(Pictures.count(optimal, GridPictures.CLIFF) > 1000, "the cliff is drawn");
    assertEquals(optimal.getWidth(), zeros.getWidth());
  }

  @Test
  void draw_frozenLake_marksTheHoles() {
    Environment lake = Environments.make("FrozenLake-v1", Map.of("is_slippery", "false"));
    BufferedImage image = map(lake, ValueIteration.solve(lake.dynamics(), 0.9).q(), 0.9);
    Pictures.assertNotBlank(image, "lake map", 20, 200);
    assertTrue(Pictures.count(image, GridPictures.HOLE) > 4 * 1000, "four holes");
    assertEquals(0, Pictures.count(image, PolicyMapImage.NON_OPTIMAL));
  }

  @Test
  void draw_taxi_hasOnePanelPerPassengerAndDestination() {
    Environment taxi = Environments.make("Taxi-v3");
    BufferedImage image = map(taxi, ValueIteration.solve(taxi.dynamics(), 0.9).q(), 0.9);
    Pictures.assertNotBlank(image, "taxi map", 20, 200);
    // 16 panels of 5 x 5 cells of 30 pixels in a 4 x 4 block, each under its title.
    assertEquals(4 * (5 * 30 + 12) + 12, image.getWidth());
    assertEquals(28 + 4 * (5 * 30 + 16 + 12) + 12, image.getHeight());
    assertEquals(0, Pictures.count(image, PolicyMapImage.NON_OPTIMAL));
  }
}
