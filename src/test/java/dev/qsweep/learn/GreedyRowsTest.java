package dev.qsweep.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qsweep.util.Argmax;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class GreedyRowsTest {
  /** Values that stress the comparisons: signed zeros, ties, extremes, NaN, infinities. */
  private static final double[] TRICKY = {
    0.0,
    -0.0,
    1.0,
    -1.0,
    Double.MIN_VALUE,
    Double.MAX_VALUE,
    -Double.MAX_VALUE,
    Double.NaN,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY,
    Math.nextUp(1.0),
    Math.nextDown(1.0)
  };

  @Test
  void afterEverySingleEntryUpdate_everyRowsGreedyActionIsArgmaxOfTheRow() {
    SplittableRandom random = new SplittableRandom(21);
    for (int actions = 1; actions <= 7; actions++) {
      int rows = 5;
      double[] q = new double[rows * actions];
      for (int i = 0; i < q.length; i++) {
        q[i] = TRICKY[random.nextInt(TRICKY.length)];
      }
      GreedyRows greedy = new GreedyRows(q, actions);
      for (int update = 0; update < 200_000; update++) {
        int o = random.nextInt(rows);
        int a = random.nextInt(actions);
        int i = o * actions + a;
        double before = q[i];
        // Mostly small moves up and down (as learning makes), sometimes a tricky value.
        q[i] =
            random.nextInt(8) == 0
                ? TRICKY[random.nextInt(TRICKY.length)]
                : Double.isFinite(before) ? before + (random.nextInt(5) - 2) * 0.25 : 0.5;
        greedy.updated(q, o, a, before, q[i]);
        for (int row = 0; row < rows; row++) {
          assertEquals(
              Argmax.of(q, row * actions, actions),
              greedy.of(row),
              actions
                  + " actions, update "
                  + update
                  + ", row "
                  + Arrays.toString(Arrays.copyOfRange(q, row * actions, row * actions + actions)));
        }
      }
    }
  }

  @Test
  void aTableOfEqualValues_isGreedyOnActionZeroEverywhere() {
    double[] q = new double[6 * 500];
    Arrays.fill(q, -3.0);
    GreedyRows greedy = new GreedyRows(q, 6);
    for (int o = 0; o < 500; o++) {
      assertEquals(0, greedy.of(o));
    }
  }
}
