package dev.qsweep.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.Numbers;

/** The same value at every episode. Text form: the number. */
record Constant(double value) implements Schedule {
  Constant {
    checkArgument(Double.isFinite(value), "value must be finite, got %s", value);
  }

  @Override
  public double valueAt(long episode) {
    return value;
  }

  @Override
  public long nextChange(long episode) {
    return Long.MAX_VALUE;
  }

  @Override
  public long settledFrom() {
    return 0;
  }

  @Override
  public String text() {
    return Numbers.formatCompact(value);
  }
}
