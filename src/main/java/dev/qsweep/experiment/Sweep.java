package dev.qsweep.experiment;

import java.util.List;

/**
 * What every trial of a sweep shares, whether the sweep expands a {@link Grid} or searches a space
 * ({@code dev.qsweep.search.SearchSpace}): the name of its results folder, replicates per
 * configuration, the root seed, the evaluation and curve settings, and the axes a report compares.
 * Stated once, in the experiment file, and read by the runner, the journal and the manifest.
 */
public interface Sweep {
  /** The name: the results folder's, {@code results/<name>}. */
  String name();

  /** Replicates per configuration, at least 1. */
  int replicates();

  /** The root seed every trial's random streams derive from. */
  long seed();

  /** Exact evaluation every this many episodes (0: only at the end). */
  int evalEvery();

  /** Learning-curve bins per trial. */
  int curveBins();

  /**
   * Whether some environment of the sweep has no time limit: its trials are then scored over the
   * infinite horizon, and trials.csv records the probability that an episode never ends.
   */
  boolean withoutTimeLimit();

  /**
   * The axes whose values differ between configurations, in the grid's nesting order ({@code env},
   * {@code learner}, {@code alpha}, ...): what a report compares.
   */
  List<String> sweptAxes();
}
