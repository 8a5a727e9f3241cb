package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;

import java.util.Arrays;

/**
 * A finite Markov decision process stored as flat primitive tables: Gymnasium's {@code P[s][a]}
 * without the dictionaries.
 *
 * <p>The outcomes of the row {@code i = s * actionCount() + a} are the indices {@code
 * firstOutcome(i) .. firstOutcome(i + 1) - 1} of the parallel outcome arrays ({@link #probability},
 * {@link #nextState}, {@link #reward}, {@link #isTerminal}, {@link #isPenalty}, {@link
 * #isSuccess}), in Gymnasium's order. When every row has exactly one outcome ({@link
 * #isDeterministic()}), outcome {@code i} <em>is</em> row {@code i}, so a hot loop reads {@code
 * nextState(i)} and {@code reward(i)} directly.
 *
 * <p>A model may have hidden state: {@link #observationOf(int)} maps each state to what the agent
 * sees, and {@link #observationCount()} is the size of the agent's Q-table. Gymnasium's fickle
 * passenger is such a case (the "destination may still change" flag is not observed). For every
 * other environment observation and state coincide.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class TabularModel {
  /** Tolerance for the sum of a row's probabilities, as Gymnasium's float arithmetic leaves it. */
  static final double PROBABILITY_TOLERANCE = 1e-9;

  private final int stateCount;
  private final int actionCount;
  private final int observationCount;
  private final int[] observationOf;
  private final int[] firstOutcome;
  private final double[] probability;
  private final int[] nextState;
  private final double[] reward;
  private final byte[] flags;
  private final boolean deterministic;
  private final int[] initialStates;
  private final double[] initialProbabilities;
  private final boolean uniformInitial;
  private final int maxEpisodeSteps;

  private TabularModel(Builder builder) {
    this.stateCount = builder.stateCount;
    this.actionCount = builder.actionCount;
    this.observationCount = builder.observationCount;
    this.observationOf = builder.observationOf.clone();
    int rows = stateCount * actionCount;
    this.firstOutcome = new int[rows + 1];
    int total = builder.outcomes.size();
    this.probability = new double[total];
    this.nextState = new int[total];
    this.reward = new double[total];
    this.flags = new byte[total];
    this.deterministic =
        builder.outcomes.layOut(actionCount, firstOutcome, probability, nextState, reward, flags);
    this.initialStates = builder.initial.states();
    this.initialProbabilities = builder.initial.probabilities();
    this.uniformInitial =
        Arrays.stream(initialProbabilities).allMatch(p -> p == initialProbabilities[0]);
    this.maxEpisodeSteps = builder.maxEpisodeSteps;
  }

  /** Starts a model with {@code stateCount} states and {@code actionCount} actions. */
  public static Builder builder(int stateCount, int actionCount) {
    return new Builder(stateCount, actionCount);
  }

  /** Number of states of the dynamics (hidden state included). */
  public int stateCount() {
    return stateCount;
  }

  /** Number of actions, the same in every state. */
  public int actionCount() {
    return actionCount;
  }

  /** Number of distinct observations: the rows of an agent's Q-table. */
  public int observationCount() {
    return observationCount;
  }

  /** What the agent observes in {@code state}; the identity unless the model has hidden state. */
  public int observationOf(int state) {
    return observationOf[state];
  }

  /** Whether some state is not observed as itself. */
  public boolean hasHiddenState() {
    return observationCount != stateCount;
  }

  /** Index of the first outcome of row {@code s * actionCount() + a}; {@code row + 1} ends it. */
  public int firstOutcome(int row) {
    return firstOutcome[row];
  }

  /** Total number of outcomes over all rows. */
  public int outcomeCount() {
    return probability.length;
  }

  /** Probability of outcome {@code k}. */
  public double probability(int k) {
    return probability[k];
  }

  /** State reached by outcome {@code k}. */
  public int nextState(int k) {
    return nextState[k];
  }

  /** Reward of outcome {@code k}. */
  public double reward(int k) {
    return reward[k];
  }

  /** Whether outcome {@code k} ends the episode (Gymnasium's {@code terminated}). */
  public boolean isTerminal(int k) {
    return (flags[k] & OutcomeFlags.TERMINAL) != 0;
  }

  /**
   * Whether outcome {@code k} is what the environment calls a mistake: Taxi's illegal pickup or
   * drop-off, a FrozenLake hole, CliffWalking's cliff.
   */
  public boolean isPenalty(int k) {
    return (flags[k] & OutcomeFlags.PENALTY) != 0;
  }

  /** Whether outcome {@code k} ends the episode by reaching the goal. */
  public boolean isSuccess(int k) {
    return (flags[k] & OutcomeFlags.SUCCESS) != 0;
  }

  /**
   * Outcome {@code k}'s bits: {@link OutcomeFlags#TERMINAL}, {@link OutcomeFlags#PENALTY}, {@link
   * OutcomeFlags#SUCCESS}.
   */
  public byte flags(int k) {
    return flags[k];
  }

  /** Whether every row has exactly one outcome, so outcome index equals row index. */
  public boolean isDeterministic() {
    return deterministic;
  }

  /** Number of states with positive initial probability. */
  public int initialStateCount() {
    return initialStates.length;
  }

  /** The {@code j}-th state with positive initial probability, in increasing state order. */
  public int initialState(int j) {
    return initialStates[j];
  }

  /** Whether every start state is equally likely. */
  public boolean hasUniformInitial() {
    return uniformInitial;
  }

  /** Probability of starting in {@link #initialState(int) initialState(j)}. */
  public double initialProbability(int j) {
    return initialProbabilities[j];
  }

  /** The registered time limit in steps; 0 means none. */
  public int maxEpisodeSteps() {
    return maxEpisodeSteps;
  }

  /**
   * Picks the outcome of {@code row} for a uniform draw {@code u} in [0, 1), as Gymnasium's {@code
   * categorical_sample} does: the first outcome whose cumulative probability exceeds {@code u}.
   */
  public int sampleOutcome(int row, double u) {
    return Categorical.index(probability, firstOutcome[row], firstOutcome[row + 1], u);
  }

  /** Picks a start state for a uniform draw {@code u} in [0, 1), as {@link #sampleOutcome}. */
  public int sampleInitialState(double u) {
    return initialStates[Categorical.index(initialProbabilities, 0, initialStates.length, u)];
  }

  /** Collects outcomes and the initial distribution, then checks and freezes them. */
  public static final class Builder {
    private final int stateCount;
    private final int actionCount;
    private int observationCount;
    private int[] observationOf;
    private final OutcomeList outcomes = new OutcomeList();
    private final InitialList initial = new InitialList();
    private int maxEpisodeSteps;

    private Builder(int stateCount, int actionCount) {
      checkArgument(stateCount > 0, "state count must be positive, got %s", stateCount);
      checkArgument(actionCount > 0, "action count must be positive, got %s", actionCount);
      this.stateCount = stateCount;
      this.actionCount = actionCount;
      this.observationCount = stateCount;
      this.observationOf = new int[stateCount];
      Arrays.setAll(observationOf, s -> s);
    }

    /**
     * Appends an outcome to row {@code (state, action)}; a row's outcomes keep the order in which
     * they are added.
     *
     * @param penalty whether the outcome is a mistake the environment punishes
     * @param success whether the outcome ends the episode at the goal
     */
    public Builder outcome(
        int state,
        int action,
        double probability,
        int next,
        double reward,
        boolean terminal,
        boolean penalty,
        boolean success) {
      checkElementIndex(state, stateCount, "state");
      checkElementIndex(action, actionCount, "action");
      checkElementIndex(next, stateCount, "next state");
      checkArgument(
          probability >= 0 && probability <= 1,
          "probability must be in [0, 1], got %s",
          probability);
      checkArgument(Double.isFinite(reward), "reward must be finite, got %s", reward);
      checkArgument(!success || terminal, "a success outcome must be terminal");
      outcomes.add(
          state * actionCount + action,
          probability,
          next,
          reward,
          OutcomeList.flags(terminal, penalty, success));
      return this;
    }

    /**
     * Adds {@code probability} of starting in {@code state}; states must come in increasing order.
     */
    public Builder initial(int state, double probability) {
      checkElementIndex(state, stateCount, "initial state");
      initial.add(state, probability);
      return this;
    }

    /** Sets the time limit in steps; 0 means none. */
    public Builder maxEpisodeSteps(int steps) {
      checkArgument(steps >= 0, "max_episode_steps must be >= 0, got %s", steps);
      this.maxEpisodeSteps = steps;
      return this;
    }

    /**
     * Declares hidden state: the agent sees {@code observationOf[s]} in state {@code s}, one of
     * {@code observationCount} observations.
     */
    public Builder observations(int observationCount, int[] observationOf) {
      checkArgument(
          observationOf.length == stateCount,
          "need an observation for each of %s states, got %s",
          stateCount,
          observationOf.length);
      for (int o : observationOf) {
        checkElementIndex(o, observationCount, "observation");
      }
      this.observationCount = observationCount;
      this.observationOf = observationOf.clone();
      return this;
    }

    /**
     * Freezes the model.
     *
     * @throws IllegalStateException if a row has no outcome or a row's probabilities do not sum to
     *     1
     */
    public TabularModel build() {
      return new TabularModel(this);
    }
  }
}
