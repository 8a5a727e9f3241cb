package dev.qsweep.learn;

/**
 * The xoshiro256** 1.0 generator (Blackman and Vigna), seeded through SplitMix64, with exact
 * uniform doubles and bounded integers: the same stream, draw for draw, as the C yardstick in
 * {@code shared/bench/taxi_q.c}.
 *
 * <p>Not thread-safe: each trial owns its generators.
 */
public final class Xoshiro256StarStar {
  private long s0;
  private long s1;
  private long s2;
  private long s3;

  /** A generator whose state is four SplitMix64 outputs from {@code seed}, as {@code rng_seed}. */
  public Xoshiro256StarStar(long seed) {
    long x = seed;
    x += 0x9e3779b97f4a7c15L;
    s0 = SplitMix64.mix(x);
    x += 0x9e3779b97f4a7c15L;
    s1 = SplitMix64.mix(x);
    x += 0x9e3779b97f4a7c15L;
    s2 = SplitMix64.mix(x);
    x += 0x9e3779b97f4a7c15L;
    s3 = SplitMix64.mix(x);
  }

  /** The next 64 random bits. */
  public long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /**
   * The bound for {@link #nextBelow} that makes it {@code nextDouble() < p}: the draw's 53 bits
   * {@code x} give {@code x * 2^-53 < p}, which for an integer {@code x} is {@code x < ceil(p *
   * 2^53)} (the product is exact, a power-of-two scaling).
   */
  public static long boundBelow(double p) {
    if (!(p > 0)) {
      return 0;
    }
    return p >= 1 ? 1L << 53 : (long) Math.ceil(p * 0x1.0p53);
  }

  /**
   * Whether a uniform double in [0, 1) is below {@code p}, for {@code bound = boundBelow(p)}:
   * {@code nextDouble() < p} with the same draw, as one integer comparison (the C yardstick's).
   */
  public boolean nextBelow(long bound) {
    return (nextLong() >>> 11) < bound;
  }

  /**
   * A uniform integer in [0, bound), exactly: Lemire's multiply-shift on the high 32 bits, with
   * rejection.
   */
  public int nextInt(int bound) {
    long m = (nextLong() >>> 32) * bound;
    int low = (int) m;
    if (Integer.compareUnsigned(low, bound) < 0) {
      int threshold = Integer.remainderUnsigned(-bound, bound);
      while (Integer.compareUnsigned(low, threshold) < 0) {
        m = (nextLong() >>> 32) * bound;
        low = (int) m;
      }
    }
    return (int) (m >>> 32);
  }
}
