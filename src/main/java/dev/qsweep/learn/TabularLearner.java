package dev.qsweep.learn;

import dev.qsweep.env.OutcomeFlags;
import dev.qsweep.env.TabularModel;
import java.util.Arrays;

/**
 * A tabular learner over a flat {@code double[]} Q-table indexed {@code observation * actions +
 * action}, acting epsilon-greedily with the lowest-index tie-break.
 *
 * <p>{@link #runEpisode} is the hot loop: it allocates nothing, boxes nothing and logs nothing.
 * Per-episode results are left in fields ({@link #episodeReturn()} and friends) rather than in a
 * returned object. Not thread-safe: a trial owns its learner.
 */
/*
 * Implementation note. The step order is the C yardstick's (shared/bench/taxi_q.c), so that with
 * one shared stream for start states and exploration the two produce the same Q-table bit for bit:
 *   u = explore.nextDouble(); a = u < epsilon ? explore.nextInt(A) : argmax Q(o, .)
 *       (the test is done on the draw's 53 bits, as C does: Xoshiro256StarStar.nextBelow)
 *   k = the outcome of (s, a): in a stochastic model one dynamics draw every step, as Gymnasium's
 *       categorical_sample (a deterministic model draws nothing)
 *   target = r + (terminated ? 0 : gamma * <bootstrap>)     no bootstrap after `terminated`
 *   Q(o, a) = (1 - alpha) * Q(o, a) + alpha * target          the tutorial's form
 *   stop on terminated, or after stepCap steps (truncation: the update above did bootstrap).
 *
 * Each learner writes out its own step, and its own loop over steps (finishEpisode), instead of
 * sharing one with a virtual "bootstrap" step: a sweep runs several learners in one JVM, and a
 * shared loop's call site would then be megamorphic and lose inlining in the hottest code qsweep
 * has.
 *
 * A step is one method over fields; a learner's loop may call it until the episode ends (Double
 * Q-learning's does), or, as Q-learning's, SARSA's and Expected SARSA's do, take the same steps
 * over locals, which the JIT keeps in registers (faster; the step stays for the visit-counting
 * path). No step scans a row (GreedyRows keeps every row's greedy action). When an episode ends,
 * the learner begins the next itself if its EpisodePlan allows, rather than returning to its
 * caller. Trials of one thread take turns by episodes (Lanes): steps of several trials interleaved
 * in lockstep, as the C yardstick's --lanes kernel runs them, measured slower on the JVM (README,
 * "Speed").
 */
public abstract sealed class TabularLearner
    permits QLearning, Sarsa, ExpectedSarsa, DoubleQLearning {
  /** The model stepped on. */
  protected final TabularModel model;

  /** Number of actions. */
  protected final int actions;

  /** The Q-table, {@code observationCount * actions}. */
  protected final double[] q;

  /** The agent's random stream. */
  protected final Xoshiro256StarStar explore;

  /** The environment's random stream (unused by deterministic models). */
  protected final Xoshiro256StarStar dynamics;

  /** The model's outcomes in the loop's layout (shared by the lanes of a group). */
  final Outcomes outcomes;

  // The running episode: set by begin, advanced by step.
  int state;
  int observation;
  int steps;
  int stepCap;
  double alpha;
  double keep;
  double gamma;
  double epsilon;
  long exploreBound;

  double episodeReturn;
  int episodePenalties;
  /*
   * The terminal and success flags of the episode's last outcome (OutcomeFlags' bits; 0 while it
   * runs or when it was truncated). A number, not two booleans, so that setting it takes no branch:
   * early in training no episode terminates, and a branch the JIT has never seen taken is compiled
   * as a trap that throws the whole episode loop back to the interpreter the first time one does.
   */
  int episodeEnd;

  static final int END_FLAGS = OutcomeFlags.TERMINAL | OutcomeFlags.SUCCESS;

  /** The episodes this learner may begin on its own when one ends; null for none. */
  EpisodePlan plan;

  TabularLearner(
      Outcomes outcomes,
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    this.model = model;
    this.outcomes = outcomes;
    this.actions = model.actionCount();
    this.q = new double[model.observationCount() * actions];
    Arrays.fill(q, initialQ);
    this.explore = explore;
    this.dynamics = dynamics;
  }

  /**
   * Runs one episode from {@code start} and returns the number of steps taken.
   *
   * @param stepCap the time limit in steps; 0 for none
   */
  public final int runEpisode(int start, double alpha, double gamma, double epsilon, int stepCap) {
    begin(start, alpha, gamma, epsilon, stepCap);
    finishEpisode();
    return steps;
  }

  /**
   * Runs the begun episode to its end, and those its plan allows after it: what {@link #step()} in
   * a loop does. Each learner writes its own, so that the call to {@code step()} has one target.
   */
  abstract void finishEpisode();

  /**
   * Starts an episode from {@code start}; {@link #step()} then advances it.
   *
   * @param stepCap the time limit in steps; 0 for none
   */
  void begin(int start, double alpha, double gamma, double epsilon, int stepCap) {
    this.state = start;
    this.observation = outcomes.observe(start);
    this.steps = 0;
    this.stepCap = stepCap;
    this.alpha = alpha;
    this.keep = 1 - alpha;
    this.gamma = gamma;
    this.epsilon = epsilon;
    this.exploreBound = Xoshiro256StarStar.boundBelow(epsilon);
    this.episodeReturn = 0;
    this.episodePenalties = 0;
    this.episodeEnd = 0;
  }

  /**
   * Takes one step of the running episode; returns whether the episode ended and the learner must
   * hand control back (then {@link #episodeSteps()} and the other results hold its totals, and its
   * plan, if any, has logged it). An episode that ends while the plan allows another is followed by
   * that one, and this returns false.
   */
  abstract boolean step();

  /** The values whose greedy policy is this learner's (for Double Q, the mean of both tables). */
  public double[] greedyValues() {
    return q;
  }

  /**
   * The Q-table itself (live, not a copy), to read: the learner keeps each row's greedy action
   * through its own updates only, so a table written from outside would be acted on wrongly.
   */
  public double[] qTable() {
    return q;
  }

  /** Steps taken in the last (or running) episode. */
  public int episodeSteps() {
    return steps;
  }

  /** Undiscounted return of the last episode. */
  public double episodeReturn() {
    return episodeReturn;
  }

  /** Penalty outcomes in the last episode. */
  public int episodePenalties() {
    return episodePenalties;
  }

  /** Whether the last episode ended by termination (rather than by the step cap). */
  public boolean episodeTerminated() {
    return (episodeEnd & OutcomeFlags.TERMINAL) != 0;
  }

  /** Whether the last episode ended at the goal. */
  public boolean episodeSucceeded() {
    return (episodeEnd & OutcomeFlags.SUCCESS) != 0;
  }

  /**
   * Ends the running episode with these totals, {@code f} the flags of its last outcome; returns
   * whether its plan began another (then {@code state} and {@code observation} hold its start), for
   * a loop that keeps the episode in locals.
   */
  final boolean endedContinuing(int t, double episodeReturn, int penalties, int f) {
    this.steps = t;
    this.episodeReturn = episodeReturn;
    this.episodePenalties = penalties;
    this.episodeEnd = f & END_FLAGS;
    return plan != null && plan.continueAfter(this);
  }

  /**
   * Records outcome slot {@code k} of the running episode; returns whether the episode ended
   * (terminated, or reached the step cap).
   */
  final boolean record(int k) {
    return ended(outcomes.reward[k], outcomes.flags[k]);
  }

  /**
   * {@link #record} given the outcome's reward and flags. When the episode ends and the plan allows
   * another, begins that one (so a step must have moved to its next state before calling this).
   * Returns whether the learner must hand control back: its episode ended and its plan, if any,
   * allows no other.
   */
  final boolean ended(double reward, int f) {
    double totalReturn = episodeReturn + reward;
    int penalties = episodePenalties + OutcomeFlags.penalty(f);
    int t = steps + 1;
    if ((f & OutcomeFlags.TERMINAL) == 0 && t != stepCap) {
      // Not the end: no end flag to keep (a success is always terminal).
      episodeReturn = totalReturn;
      episodePenalties = penalties;
      steps = t;
      return false;
    }
    return !endedContinuing(t, totalReturn, penalties, f);
  }
}
