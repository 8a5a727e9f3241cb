package dev.qsweep.env;

/** Tiny hand-solved models shared by the tests of several packages. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * A three-state chain. Action 0 ("go") moves right: 0 -> 1 (reward 0), 1 -> 2 (reward 1,
   * terminal, the goal). Action 1 ("wait") stays with reward 0. State 2 is absorbing; the start is
   * state 0.
   *
   * <p>At gamma = 0.9: Q*(0, go) = 0.9, Q*(0, wait) = 0.81, Q*(1, go) = 1, Q*(1, wait) = 0.9, and
   * Q*(2, .) = 0.
   */
  public static TabularModel chain(int maxEpisodeSteps) {
    return TabularModel.builder(3, 2)
        .outcome(0, 0, 1, 1, 0, false, false, false)
        .outcome(0, 1, 1, 0, 0, false, false, false)
        .outcome(1, 0, 1, 2, 1, true, false, true)
        .outcome(1, 1, 1, 1, 0, false, false, false)
        .outcome(2, 0, 1, 2, 0, true, false, false)
        .outcome(2, 1, 1, 2, 0, true, false, false)
        .initial(0, 1)
        .maxEpisodeSteps(maxEpisodeSteps)
        .build();
  }
}
