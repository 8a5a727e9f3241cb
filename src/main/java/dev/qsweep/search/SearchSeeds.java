package dev.qsweep.search;

import dev.qsweep.learn.SplitMix64;
import dev.qsweep.learn.Xoshiro256StarStar;
import java.util.random.RandomGenerator;

/**
 * The random generators of a search: draw {@code i} of a strategy gets its own generator, derived
 * from (root seed, strategy name, i) through a fixed mixing function, never from a shared stream.
 * So the set and the order of configurations never depend on threads or on what ran before.
 */
public final class SearchSeeds {
  private SearchSeeds() {}

  /** The seed of draw {@code index} of strategy {@code strategy} under {@code rootSeed}. */
  public static long of(long rootSeed, String strategy, long index) {
    long z = SplitMix64.mix(rootSeed ^ 0x5851f42d4c957f2dL);
    for (int i = 0; i < strategy.length(); i++) {
      z = SplitMix64.mix(z + strategy.charAt(i));
    }
    return SplitMix64.mix(z + 0x9e3779b97f4a7c15L * (index + 1));
  }

  /** A fresh generator for draw {@code index} of {@code strategy}. */
  public static RandomGenerator generator(long rootSeed, String strategy, long index) {
    return new Xoshiro(new Xoshiro256StarStar(of(rootSeed, strategy, index)));
  }

  /** xoshiro256** as a {@link RandomGenerator}, for libraries (Jenetics) that take one. */
  private static final class Xoshiro implements RandomGenerator {
    private final Xoshiro256StarStar source;

    Xoshiro(Xoshiro256StarStar source) {
      this.source = source;
    }

    @Override
    public long nextLong() {
      return source.nextLong();
    }

    @Override
    public double nextDouble() {
      return source.nextDouble();
    }
  }
}
