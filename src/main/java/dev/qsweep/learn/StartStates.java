package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;

/**
 * A trial's episode starts: each one drawn from the model's initial distribution with the trial's
 * start stream. Not thread-safe: it belongs to one trial.
 */
public final class StartStates {
  private final TabularModel model;
  private final Xoshiro256StarStar stream;
  private final boolean uniform;
  private final int count;

  /** Starts on {@code model} drawn from {@code stream}. */
  public StartStates(TabularModel model, Xoshiro256StarStar stream) {
    this.model = model;
    this.stream = stream;
    this.uniform = model.hasUniformInitial();
    this.count = model.initialStateCount();
  }

  /**
   * The next episode's start: one bounded-integer draw when every start is equally likely (as the C
   * yardstick and Gymnasium's Taxi draw it), else one uniform double for the categorical draw.
   */
  public int next() {
    return uniform
        ? model.initialState(stream.nextInt(count))
        : model.sampleInitialState(stream.nextDouble());
  }
}
