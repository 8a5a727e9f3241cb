package dev.qsweep.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.Numbers;

/** {@code max(floor, start * rate^episode)}. Text form {@code exp(start,rate,floor)}. */
record ExponentialDecay(double start, double rate, double floor) implements Schedule {
  ExponentialDecay {
    checkArgument(
        Double.isFinite(start) && Double.isFinite(floor), "exp: start and floor must be finite");
    checkArgument(rate > 0 && rate <= 1, "exp: rate must be in (0, 1], got %s", rate);
    checkArgument(floor <= start, "exp: floor %s must not exceed start %s", floor, start);
  }

  @Override
  public double valueAt(long episode) {
    // StrictMath: the same bits on every JVM and under every JIT.
    return Math.max(floor, start * StrictMath.pow(rate, (double) episode));
  }

  @Override
  public long nextChange(long episode) {
    // pow(1, y) is exactly 1, so rate 1 is the constant start (floor <= start).
    return rate == 1 ? Long.MAX_VALUE : episode + 1;
  }

  /*
   * From which episode the value is the floor, proven without trusting that pow is monotone: find
   * an episode g where the computed start * rate^g is at most t = floor * (1 - 2^-30). The true
   * start * rate^e for e >= g is at most the true value at g, which is within a relative 2^-51 of
   * the computed one (fdlibm's pow is accurate to under one ulp, then one rounding of the product),
   * so every computed start * rate^e for e >= g is at most t (1 + 2^-50) < floor, and the value is
   * max(floor, ...) = floor. The floor is kept far from subnormals, where relative error grows.
   * Math.log only guesses g; the guess is checked with the exact formula.
   */
  @Override
  public long settledFrom() {
    if (rate == 1) {
      return 0;
    }
    if (!(start > 0 && floor >= 0x1p-900)) {
      return Long.MAX_VALUE;
    }
    double threshold = floor * (1 - 0x1p-30);
    double guess = Math.ceil(Math.log(threshold / start) / Math.log(rate));
    if (!(guess < 0x1p52)) {
      return Long.MAX_VALUE;
    }
    for (long g = Math.max(0, (long) guess), last = g + 64; g <= last; g++) {
      if (start * StrictMath.pow(rate, (double) g) <= threshold) {
        return g;
      }
    }
    return Long.MAX_VALUE;
  }

  @Override
  public String text() {
    return "exp("
        + Numbers.formatCompact(start)
        + ","
        + Numbers.formatCompact(rate)
        + ","
        + Numbers.formatCompact(floor)
        + ")";
  }
}
