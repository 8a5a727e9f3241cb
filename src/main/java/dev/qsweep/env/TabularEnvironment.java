package dev.qsweep.env;

import java.util.ArrayList;
import java.util.List;

/**
 * An environment written in Java by the user: a finite MDP that qsweep trains on and scores
 * exactly, like a built-in id. An experiment returns it from {@code Experiment.environments()}; it
 * is then known by its {@link #id()} in grids, and {@code qsweep solve/model/train/render} take the
 * experiment's file as the id ({@code --env experiments/WindyGridworld.java}).
 *
 * <pre>{@code
 * public TabularModel.Builder define(TabularModel.Builder model) {
 *   // model.outcome(state, action, probability, next, reward, terminal, penalty, success) for
 *   // every (state, action), in the order Gymnasium's P would list them, then model.initial(...)
 * }
 * }</pre>
 *
 * <p>Only {@link #id}, {@link #stateCount}, {@link #actionCount} and {@link #define} are required;
 * the rest have defaults. New optional methods (a grid layout for pictures, for example) may be
 * added as default methods without breaking existing environments.
 */
public interface TabularEnvironment {
  /** The id in grids and results, for example {@code WindyGridworld-v0}; not a built-in id. */
  String id();

  /** Number of states. */
  int stateCount();

  /** Number of actions, the same in every state. */
  int actionCount();

  /**
   * Adds every outcome (each (state, action) needs at least one, probabilities summing to 1) and
   * the initial distribution (states in increasing order) to {@code model}, and returns it. The
   * time limit is set by qsweep from {@link #maxEpisodeSteps} or the {@code max_episode_steps}
   * option.
   */
  TabularModel.Builder define(TabularModel.Builder model);

  /** One line for {@code qsweep envs}. */
  default String summary() {
    return "an environment written in Java";
  }

  /** The default time limit in steps; 0 for none. */
  default int maxEpisodeSteps() {
    return 0;
  }

  /** Names of the actions, by index (default: their numbers). */
  default List<String> actionNames() {
    return numbered(actionCount());
  }

  /** The names {@code "0", "1", ...} of {@code actionCount} actions. */
  static List<String> numbered(int actionCount) {
    List<String> names = new ArrayList<>();
    for (int a = 0; a < actionCount; a++) {
      names.add(Integer.toString(a));
    }
    return names;
  }

  /**
   * Draws {@code state} as text, with ANSI colors when {@code color} (optional: the default, null,
   * means the environment has no drawing).
   */
  default String render(int state, boolean color) {
    return null;
  }
}
