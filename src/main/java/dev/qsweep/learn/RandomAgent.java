package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;
import java.util.Arrays;

/** The tutorial's baseline: an agent that picks each action uniformly at random. */
public final class RandomAgent {
  private RandomAgent() {}

  /** The uniform random policy as action probabilities, {@code observations * actions}. */
  public static double[] policy(TabularModel model) {
    double[] p = new double[model.observationCount() * model.actionCount()];
    Arrays.fill(p, 1.0 / model.actionCount());
    return p;
  }
}
