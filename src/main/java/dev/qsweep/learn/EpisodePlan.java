package dev.qsweep.learn;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.OutcomeFlags;

/**
 * Episodes a lane runs on its own before it hands control back to its caller: each begins from the
 * trial's next start with the hyperparameters of the episode before, and each one's results are
 * logged here, in order, for the caller to fold in. Not thread-safe: it belongs to one trial.
 */
/*
 * Implementation note. Handing control back at every episode's end (to fold the episode, read the
 * schedules and draw the next start) cost about 5 ns a step with four lanes of Taxi-v3, whose
 * episodes are some 15 steps: the lanes' loop is left and re-entered, its tables reloaded, and the
 * other lanes' steps in flight are lost. A plan lets the loop begin the next episode itself, which
 * is exactly what the caller would do as long as the schedules do not change, no evaluation falls
 * due and the budget is not reached: the caller plans only that far (TrialTraining).
 */
public final class EpisodePlan {
  /** The most episodes a plan logs before its lane hands control back. */
  public static final int CAPACITY = 256;

  private final StartStates starts;
  private final int[] steps = new int[CAPACITY];
  private final double[] returns = new double[CAPACITY];
  private final int[] penalties = new int[CAPACITY];
  // The terminal and success flags of each episode's last outcome (OutcomeFlags' bits).
  private final byte[] ends = new byte[CAPACITY];
  private int logged;
  private int more;

  /** A plan whose episodes begin from {@code starts}. */
  public EpisodePlan(StartStates starts) {
    this.starts = starts;
  }

  /** Lets the lane begin {@code more} episodes after the one it is beginning, on its own. */
  void allow(int more) {
    checkArgument(
        more >= 0 && more < CAPACITY,
        "a plan runs 0 to %s more episodes, got %s",
        CAPACITY - 1,
        more);
    checkArgument(logged == 0, "the plan's logged episodes have not been taken");
    this.more = more;
  }

  /**
   * Logs the episode {@code learner} just ended and, if the plan allows another, begins it; returns
   * whether it did (else the lane hands control back).
   */
  boolean continueAfter(TabularLearner learner) {
    int j = logged++;
    steps[j] = learner.steps;
    returns[j] = learner.episodeReturn;
    penalties[j] = learner.episodePenalties;
    ends[j] = (byte) learner.episodeEnd;
    if (more == 0) {
      return false;
    }
    more--;
    learner.begin(starts.next(), learner.alpha, learner.gamma, learner.epsilon, learner.stepCap);
    return true;
  }

  /** Episodes logged since the last {@link #clear()}, in the order they ran. */
  public int logged() {
    return logged;
  }

  /** Steps of logged episode {@code j}. */
  public int steps(int j) {
    return steps[j];
  }

  /** Undiscounted return of logged episode {@code j}. */
  public double episodeReturn(int j) {
    return returns[j];
  }

  /** Penalty outcomes in logged episode {@code j}. */
  public int penalties(int j) {
    return penalties[j];
  }

  /**
   * 1 if logged episode {@code j} ended by termination (rather than by the step cap), else 0: a
   * number, so that counting it takes no branch (early in training no episode terminates, and a
   * branch the JIT has never seen taken is compiled as a trap that throws the trial's per-episode
   * code back to the interpreter the first time one does).
   */
  public int terminated(int j) {
    return OutcomeFlags.terminal(ends[j]);
  }

  /** 1 if logged episode {@code j} ended at the goal, else 0 (a number, as {@link #terminated}). */
  public int succeeded(int j) {
    return OutcomeFlags.success(ends[j]);
  }

  /** Forgets the logged episodes, once the caller has folded them in. */
  public void clear() {
    logged = 0;
  }
}
