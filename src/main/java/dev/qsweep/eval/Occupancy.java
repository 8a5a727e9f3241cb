package dev.qsweep.eval;

import dev.qsweep.env.TabularModel;
import java.util.Arrays;

/** The finite-horizon occupancy measure of a deterministic policy. */
final class Occupancy {
  private Occupancy() {}

  /**
   * Expected number of visits to each state in an episode that follows {@code policy} from the
   * initial distribution, within {@code limit} steps.
   */
  static double[] of(TabularModel model, int[] policy, int limit) {
    int states = model.stateCount();
    int actions = model.actionCount();
    double[] visits = new double[states];
    double[] now = new double[states];
    double[] next = new double[states];
    for (int j = 0; j < model.initialStateCount(); j++) {
      now[model.initialState(j)] += model.initialProbability(j);
    }
    for (int t = 0; t < limit; t++) {
      Arrays.fill(next, 0);
      boolean any = false;
      for (int s = 0; s < states; s++) {
        double mass = now[s];
        if (mass == 0) {
          continue;
        }
        any = true;
        visits[s] += mass;
        int row = s * actions + policy[model.observationOf(s)];
        for (int k = model.firstOutcome(row); k < model.firstOutcome(row + 1); k++) {
          if (!model.isTerminal(k)) {
            next[model.nextState(k)] += mass * model.probability(k);
          }
        }
      }
      if (!any) {
        break;
      }
      double[] swap = now;
      now = next;
      next = swap;
    }
    return visits;
  }
}
