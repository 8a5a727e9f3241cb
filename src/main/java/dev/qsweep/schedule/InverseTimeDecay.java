package dev.qsweep.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.Numbers;

/** {@code start / (1 + k * episode)}. Text form {@code inv(start,k)}. */
record InverseTimeDecay(double start, double k) implements Schedule {
  InverseTimeDecay {
    checkArgument(Double.isFinite(start), "inv: start must be finite");
    checkArgument(k >= 0 && Double.isFinite(k), "inv: k must be >= 0, got %s", k);
  }

  @Override
  public double valueAt(long episode) {
    return start / (1 + k * episode);
  }

  @Override
  public String text() {
    return "inv(" + Numbers.formatCompact(start) + "," + Numbers.formatCompact(k) + ")";
  }
}
