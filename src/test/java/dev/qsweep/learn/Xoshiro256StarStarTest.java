package dev.qsweep.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class Xoshiro256StarStarTest {
  @Test
  void splitMix64_matchesTheReferenceOutput() {
    // First output of SplitMix64 seeded with 0 (Vigna's reference implementation).
    assertEquals(0xe220a8397b1dcdafL, SplitMix64.mix(0x9e3779b97f4a7c15L));
  }

  @Test
  void nextDouble_isInTheUnitInterval_with53Bits() {
    Xoshiro256StarStar r = new Xoshiro256StarStar(42);
    for (int i = 0; i < 100_000; i++) {
      double u = r.nextDouble();
      assertTrue(u >= 0 && u < 1);
      assertEquals(u, Math.scalb(Math.rint(Math.scalb(u, 53)), -53));
    }
  }

  @Test
  void nextInt_isUniform() {
    Xoshiro256StarStar r = new Xoshiro256StarStar(7);
    int[] counts = new int[6];
    int n = 600_000;
    for (int i = 0; i < n; i++) {
      counts[r.nextInt(6)]++;
    }
    for (int c : counts) {
      // Five standard deviations of a binomial(600000, 1/6).
      assertEquals(n / 6.0, c, 5 * Math.sqrt(n / 6.0 * 5 / 6));
    }
  }

  @Test
  void nextInt_largeBoundThatNeedsRejection_staysInRange() {
    Xoshiro256StarStar r = new Xoshiro256StarStar(3);
    int bound = (1 << 30) + 12345;
    for (int i = 0; i < 10_000; i++) {
      int v = r.nextInt(bound);
      assertTrue(v >= 0 && v < bound);
    }
  }

  @Test
  void sameSeed_sameStream() {
    Xoshiro256StarStar a = new Xoshiro256StarStar(99);
    Xoshiro256StarStar b = new Xoshiro256StarStar(99);
    for (int i = 0; i < 1000; i++) {
      assertEquals(a.nextLong(), b.nextLong());
    }
  }
}
