package dev.qsweep.env;

/** Taxi's fickle passenger as a model the exact evaluator can score. */
/*
 * The fickle passenger is not in P: Gymnasium's `step` draws a flag at reset (probability 0.3, or
 * fickle_probability in v4) and, on the first step that moves the taxi with the passenger aboard,
 * redraws the destination uniformly among the other three. `withFicklePassenger` builds a model
 * over (state, flag) with the flag hidden from the agent, so the exact evaluator can score it.
 */
final class TaxiFickle {
  private TaxiFickle() {}

  /**
   * Adds Gymnasium's fickle passenger to {@code table}: states {@code s} (no change pending) and
   * {@code s + 500} (the destination will change on the first move with the passenger aboard), both
   * observed as {@code s}.
   */
  static TabularModel withFicklePassenger(TabularModel table, double fickleProbability) {
    TabularModel.Builder b =
        TabularModel.builder(2 * Taxi.STATES, Taxi.ACTIONS)
            .maxEpisodeSteps(table.maxEpisodeSteps());
    int[] observation = new int[2 * Taxi.STATES];
    for (int s = 0; s < 2 * Taxi.STATES; s++) {
      observation[s] = s % Taxi.STATES;
    }
    b.observations(Taxi.STATES, observation);
    for (int pending = 0; pending < 2; pending++) {
      for (int s = 0; s < Taxi.STATES; s++) {
        int[] from = Taxi.decode(s);
        for (int a = 0; a < Taxi.ACTIONS; a++) {
          int row = s * Taxi.ACTIONS + a;
          for (int k = table.firstOutcome(row); k < table.firstOutcome(row + 1); k++) {
            double p = table.probability(k);
            int next = table.nextState(k);
            int[] to = Taxi.decode(next);
            boolean moved = to[0] != from[0] || to[1] != from[1];
            if (pending == 1 && from[2] == 4 && moved) {
              for (int d = 0; d < 4; d++) {
                if (d != from[3]) {
                  b.outcome(
                      s + Taxi.STATES,
                      a,
                      p / 3,
                      Taxi.encode(to[0], to[1], to[2], d),
                      table.reward(k),
                      table.isTerminal(k),
                      table.isPenalty(k),
                      table.isSuccess(k));
                }
              }
            } else {
              b.outcome(
                  s + pending * Taxi.STATES,
                  a,
                  p,
                  next + pending * Taxi.STATES,
                  table.reward(k),
                  table.isTerminal(k),
                  table.isPenalty(k),
                  table.isSuccess(k));
            }
          }
        }
      }
    }
    for (int pending = 0; pending < 2; pending++) {
      double weight = pending == 1 ? fickleProbability : 1 - fickleProbability;
      if (weight <= 0) {
        continue;
      }
      for (int j = 0; j < table.initialStateCount(); j++) {
        b.initial(
            table.initialState(j) + pending * Taxi.STATES, table.initialProbability(j) * weight);
      }
    }
    return b.build();
  }
}
