package dev.qsweep.env;

import dev.qsweep.util.Numbers;

/**
 * Gymnasium's {@code P} as CSV: {@code state,action,prob,next_state,reward,terminated}, one line
 * per outcome in Gymnasium's order, numbers as Python prints them and without a locale.
 */
public final class ModelCsv {
  /** The header: Gymnasium's fields of an outcome of {@code P[s][a]}. */
  public static final String HEADER = "state,action,prob,next_state,reward,terminated";

  private ModelCsv() {}

  /** The model as CSV text, header first, '\n' line ends, terminated as 0 or 1. */
  public static String of(TabularModel model) {
    StringBuilder sb = new StringBuilder(model.outcomeCount() * 24).append(HEADER).append('\n');
    int actions = model.actionCount();
    for (int row = 0; row < model.stateCount() * actions; row++) {
      for (int k = model.firstOutcome(row); k < model.firstOutcome(row + 1); k++) {
        sb.append(row / actions)
            .append(',')
            .append(row % actions)
            .append(',')
            .append(Numbers.format(model.probability(k)))
            .append(',')
            .append(model.nextState(k))
            .append(',')
            .append(Numbers.formatCompact(model.reward(k)))
            .append(',')
            .append(model.isTerminal(k) ? 1 : 0)
            .append('\n');
      }
    }
    return sb.toString();
  }
}
