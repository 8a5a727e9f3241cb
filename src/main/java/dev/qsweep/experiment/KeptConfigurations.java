package dev.qsweep.experiment;

/**
 * Which positions of a grid's product its filter keeps, as one bit each, with the rank of every
 * block of 64 words so that the i-th kept position is found in a few steps.
 */
final class KeptConfigurations {
  private static final int BLOCK_WORDS = 64;

  private final long[] words;
  private final int[] rankBefore; // kept positions before each block
  private final int count;

  private KeptConfigurations(long[] words) {
    this.words = words;
    this.rankBefore = new int[(words.length + BLOCK_WORDS - 1) / BLOCK_WORDS];
    int kept = 0;
    for (int w = 0; w < words.length; w++) {
      if (w % BLOCK_WORDS == 0) {
        rankBefore[w / BLOCK_WORDS] = kept;
      }
      kept += Long.bitCount(words[w]);
    }
    this.count = kept;
  }

  /** Receives each position's verdict. */
  @FunctionalInterface
  interface Verdict {
    boolean keep(long raw);
  }

  /** Asks {@code verdict} about each of {@code size} positions, in order. */
  static KeptConfigurations of(long size, Verdict verdict) {
    long[] words = new long[Math.toIntExact((size + 63) / 64)];
    for (long raw = 0; raw < size; raw++) {
      if (verdict.keep(raw)) {
        words[(int) (raw >>> 6)] |= 1L << raw;
      }
    }
    return new KeptConfigurations(words);
  }

  /** The number of kept positions. */
  int count() {
    return count;
  }

  /** The position of the {@code i}-th kept one (0-based). */
  long select(int i) {
    int lo = 0;
    int hi = rankBefore.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (rankBefore[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int left = i - rankBefore[lo];
    int w = lo * BLOCK_WORDS;
    while (Long.bitCount(words[w]) <= left) {
      left -= Long.bitCount(words[w]);
      w++;
    }
    long word = words[w];
    for (int k = 0; k < left; k++) {
      word &= word - 1; // drop the lowest set bit
    }
    return ((long) w << 6) + Long.numberOfTrailingZeros(word);
  }
}
