package dev.qsweep.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.Numbers;

/** {@code start * factor^floor(episode / every)}. Text form {@code step(start,factor,every)}. */
record StepDecay(double start, double factor, long every) implements Schedule {
  StepDecay {
    checkArgument(Double.isFinite(start), "step: start must be finite");
    checkArgument(factor > 0 && factor <= 1, "step: factor must be in (0, 1], got %s", factor);
    checkArgument(every > 0, "step: every must be positive, got %s", every);
  }

  @Override
  public double valueAt(long episode) {
    long drops = episode / every;
    return start * StrictMath.pow(factor, (double) drops);
  }

  @Override
  public long nextChange(long episode) {
    long drops = episode / every;
    // The value depends on the episode only through drops: the same until the next drop.
    return drops >= (Long.MAX_VALUE - every) / every ? Long.MAX_VALUE : (drops + 1) * every;
  }

  @Override
  public long settledFrom() {
    // pow(1, y) is exactly 1.
    return factor == 1 ? 0 : Long.MAX_VALUE;
  }

  @Override
  public String text() {
    return "step("
        + Numbers.formatCompact(start)
        + ","
        + Numbers.formatCompact(factor)
        + ","
        + every
        + ")";
  }
}
