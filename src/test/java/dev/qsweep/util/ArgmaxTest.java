package dev.qsweep.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArgmaxTest {
  /** Values that stress the branch-free rows: signed zeros, ties, extremes, NaN, infinities. */
  private static final double[] TRICKY = {
    0.0,
    -0.0,
    1.0,
    -1.0,
    1.0,
    Double.MIN_VALUE,
    -Double.MIN_VALUE,
    Double.MAX_VALUE,
    -Double.MAX_VALUE,
    Double.MAX_VALUE / 2,
    Double.NaN,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY,
    Math.nextUp(1.0),
    -7.5
  };

  /** The contract, written out: the first index greater than every value before it. */
  private static int reference(double[] q, int from, int count) {
    int best = 0;
    for (int a = 1; a < count; a++) {
      if (q[from + a] > q[from + best]) {
        best = a;
      }
    }
    return best;
  }

  @Test
  void of_everyRowOfTrickyValues_matchesTheScanForFourAndSixActions() {
    SplittableRandom random = new SplittableRandom(12);
    for (int count = 1; count <= 8; count++) {
      double[] q = new double[count + 3];
      for (int row = 0; row < 200_000; row++) {
        for (int i = 0; i < q.length; i++) {
          q[i] = TRICKY[random.nextInt(TRICKY.length)];
        }
        assertEquals(reference(q, 3, count), Argmax.of(q, 3, count), java.util.Arrays.toString(q));
      }
    }
  }

  @Test
  void of_rowsOfFewDistinctValues_tiesGoToTheLowestIndex() {
    SplittableRandom random = new SplittableRandom(13);
    for (int count : new int[] {4, 6}) {
      double[] q = new double[count];
      for (int row = 0; row < 100_000; row++) {
        for (int i = 0; i < count; i++) {
          q[i] = random.nextInt(3) - 1 + (random.nextBoolean() ? 0.0 : -0.0);
        }
        assertEquals(reference(q, 0, count), Argmax.of(q, 0, count), java.util.Arrays.toString(q));
      }
    }
  }

  @Test
  void of_learnedLookingRows_matchTheScan() {
    SplittableRandom random = new SplittableRandom(14);
    for (int count : new int[] {4, 6}) {
      double[] q = new double[count * 50];
      for (int round = 0; round < 20_000; round++) {
        for (int i = 0; i < q.length; i++) {
          q[i] = (random.nextDouble() - 0.7) * Math.scalb(1.0, random.nextInt(-20, 40));
        }
        for (int from = 0; from < q.length; from += count) {
          assertEquals(reference(q, from, count), Argmax.of(q, from, count));
        }
      }
    }
  }

  @Test
  void of_allEqualRow_isActionZero() {
    assertEquals(0, Argmax.of(new double[6], 0, 6));
    assertEquals(0, Argmax.of(new double[4], 0, 4));
    assertEquals(0, Argmax.of(new double[] {-0.0, 0.0, 0.0, -0.0}, 0, 4));
  }
}
