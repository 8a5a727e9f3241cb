package dev.qsweep.learn;

/** Steele, Lea and Flood's SplitMix64 finalizer: a bijective 64-bit mix. */
public final class SplitMix64 {
  private SplitMix64() {}

  /** Mixes {@code z} (the generator's output function, without the increment). */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
