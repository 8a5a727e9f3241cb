package dev.qsweep.learn;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.TabularModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The tabular control algorithms of Sutton and Barto, chapter 6, by their text names. */
public enum Algorithm {
  /** Off-policy TD control: bootstrap on {@code max_a Q(s', a)} (section 6.5). */
  Q_LEARNING("q-learning", "Q-learning"),
  /** On-policy TD control: bootstrap on the action actually taken next (section 6.4). */
  SARSA("sarsa", "SARSA"),
  /** Bootstrap on the expectation of {@code Q(s', .)} under epsilon-greedy (section 6.6). */
  EXPECTED_SARSA("expected-sarsa", "Expected SARSA"),
  /** Two tables, each updated with the other's value of its own greedy action (section 6.7). */
  DOUBLE_Q_LEARNING("double-q", "Double Q-learning");

  private final String text;
  private final String displayName;

  Algorithm(String text, String displayName) {
    this.text = text;
    this.displayName = displayName;
  }

  /** The name used on the command line and in CSVs, for example {@code q-learning}. */
  public String text() {
    return text;
  }

  /** The name for people, for example "Expected SARSA". */
  public String displayName() {
    return displayName;
  }

  /**
   * Reads a text name.
   *
   * @throws IllegalArgumentException naming the text and the names allowed
   */
  public static Algorithm parse(String text) {
    for (Algorithm a : values()) {
      if (a.text.equals(text.strip().toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "unknown learner '%s'; allowed: %s",
            text,
            Arrays.stream(values()).map(Algorithm::text).collect(Collectors.joining(", "))));
  }

  /**
   * A learner of this kind over {@code model}, with every Q-value starting at {@code initialQ}.
   *
   * @param explore the agent's own random stream (exploration, Double Q's coin)
   * @param dynamics the stream that samples the environment's stochastic outcomes
   */
  public TabularLearner create(
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    return create(Outcomes.of(model), model, initialQ, explore, dynamics);
  }

  /**
   * As {@link #create(TabularModel, double, Xoshiro256StarStar, Xoshiro256StarStar)}, on tables.
   */
  TabularLearner create(
      Outcomes outcomes,
      TabularModel model,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    checkArgument(Double.isFinite(initialQ), "initial Q must be finite, got %s", initialQ);
    switch (this) {
      case Q_LEARNING:
        return new QLearning(outcomes, model, initialQ, explore, dynamics);
      case SARSA:
        return new Sarsa(outcomes, model, initialQ, explore, dynamics);
      case EXPECTED_SARSA:
        return new ExpectedSarsa(outcomes, model, initialQ, explore, dynamics);
      default:
        return new DoubleQLearning(outcomes, model, initialQ, explore, dynamics);
    }
  }
}
