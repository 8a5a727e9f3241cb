package dev.qsweep.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.util.Numbers;

/** {@code start + (end - start) * min(episode / episodes, 1)}. Text form {@code linear(s,e,n)}. */
record LinearDecay(double start, double end, long episodes) implements Schedule {
  LinearDecay {
    checkArgument(
        Double.isFinite(start) && Double.isFinite(end), "linear: start and end must be finite");
    checkArgument(episodes > 0, "linear: episodes must be positive, got %s", episodes);
  }

  @Override
  public double valueAt(long episode) {
    if (episode >= episodes) {
      return end;
    }
    return start + (end - start) * ((double) episode / episodes);
  }

  @Override
  public long nextChange(long episode) {
    return episode >= episodes ? Long.MAX_VALUE : episode + 1;
  }

  @Override
  public long settledFrom() {
    return episodes;
  }

  @Override
  public String text() {
    return "linear("
        + Numbers.formatCompact(start)
        + ","
        + Numbers.formatCompact(end)
        + ","
        + episodes
        + ")";
  }
}
