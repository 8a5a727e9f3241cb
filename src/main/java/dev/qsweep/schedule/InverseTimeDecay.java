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
  public long nextChange(long episode) {
    return k == 0 ? Long.MAX_VALUE : episode + 1;
  }

  @Override
  public long settledFrom() {
    // k * episode is 0 for k = 0, so the value is start / 1 at every episode.
    return k == 0 ? 0 : Long.MAX_VALUE;
  }

  @Override
  public String text() {
    return "inv(" + Numbers.formatCompact(start) + "," + Numbers.formatCompact(k) + ")";
  }
}
