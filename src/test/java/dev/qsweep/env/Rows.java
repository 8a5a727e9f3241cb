package dev.qsweep.env;

import java.util.ArrayList;
import java.util.List;

/** Test helper: the outcomes of one row of a model as readable records. */
final class Rows {
  record Outcome(double p, int next, double reward, boolean terminal) {}

  private Rows() {}

  static List<Outcome> of(TabularModel m, int state, int action) {
    int row = state * m.actionCount() + action;
    List<Outcome> out = new ArrayList<>();
    for (int k = m.firstOutcome(row); k < m.firstOutcome(row + 1); k++) {
      out.add(new Outcome(m.probability(k), m.nextState(k), m.reward(k), m.isTerminal(k)));
    }
    return out;
  }

  static List<Integer> nextStates(TabularModel m, int state, int action) {
    return of(m, state, action).stream().map(Outcome::next).toList();
  }

  static List<Double> probabilities(TabularModel m, int state, int action) {
    return of(m, state, action).stream().map(Outcome::p).toList();
  }
}
