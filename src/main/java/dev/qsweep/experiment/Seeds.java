package dev.qsweep.experiment;

import dev.qsweep.learn.SplitMix64;

/**
 * Seed derivation: every random stream of a trial comes from {@code (root seed, replicate, stream)}
 * through a fixed mixing function, never from submission order or a shared generator.
 *
 * <p>Replicate {@code k} of every configuration gets the same {@link Stream#STARTS} seed (common
 * random numbers), so configurations are compared on the same start states, a paired comparison.
 */
public final class Seeds {
  /** The independent streams of one trial. */
  public enum Stream {
    /** Start states: one draw per episode, shared by all configurations of a replicate. */
    STARTS,
    /** The agent's exploration (and Double Q's coin). */
    EXPLORATION,
    /** The environment's stochastic outcomes (unused by deterministic models). */
    DYNAMICS,
    /** The tutorial's sampled evaluation episodes. */
    EVALUATION
  }

  private Seeds() {}

  /** The seed of {@code stream} of replicate {@code replicate} under {@code rootSeed}. */
  public static long of(long rootSeed, int replicate, Stream stream) {
    long z = SplitMix64.mix(rootSeed + 0x9e3779b97f4a7c15L * (replicate + 1L));
    return SplitMix64.mix(z ^ (0xd1b54a32d192ed03L * (stream.ordinal() + 1L)));
  }
}
