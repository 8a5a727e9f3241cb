package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qsweep.learn.Xoshiro256StarStar;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class TrialRecordsTest {
  @Test
  void seconds6_printsWhatPercentPoint6fPrints_butForTiesAtHalfAMicrosecond() {
    assertEquals("0.000000", TrialRecords.seconds6(0));
    assertEquals("0.000000", TrialRecords.seconds6(499));
    assertEquals("0.000001", TrialRecords.seconds6(500));
    assertEquals("1.234568", TrialRecords.seconds6(1_234_567_890));
    assertEquals("1000.000000", TrialRecords.seconds6(999_999_999_500L));
    assertEquals("9223372036.854776", TrialRecords.seconds6(Long.MAX_VALUE));
    Xoshiro256StarStar random = new Xoshiro256StarStar(5);
    for (int i = 0; i < 200_000; i++) {
      // Up to about 10^(i % 13) ns: every length of the integer and fractional parts.
      long nanos = (random.nextLong() >>> 1) % (long) Math.pow(10, 1 + i % 13);
      if (nanos % 1000 == 500) {
        continue; // a tie: %.6f rounds the nearest double, which may lie on either side
      }
      assertEquals(
          String.format(Locale.ROOT, "%.6f", nanos / 1e9),
          TrialRecords.seconds6(nanos),
          nanos + "");
    }
  }
}
