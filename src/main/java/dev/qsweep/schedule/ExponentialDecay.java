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
