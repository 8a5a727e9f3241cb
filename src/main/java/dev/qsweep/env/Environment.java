package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;

/**
 * One environment made from an id and options: Gymnasium's transition table, the dynamics a learner
 * trains on and that scores are computed from, and its text rendering.
 *
 * <p>{@link #table()} is exactly what Gymnasium exposes as {@code env.unwrapped.P}. {@link
 * #dynamics()} is the same model except where Gymnasium's {@code step} does more than sample {@code
 * P} (the fickle passenger), in which case it carries the extra state as hidden state.
 */
public final class Environment {
  /** Draws the state of an environment as Gymnasium's ANSI render mode does. */
  @FunctionalInterface
  interface Renderer {
    String render(int observation, boolean color);
  }

  private final String id;
  private final EnvOptions options;
  private final TabularModel table;
  private final TabularModel dynamics;
  private final List<String> actionNames;
  private final Renderer renderer;
  private final GridLayout layout;

  Environment(
      String id,
      EnvOptions options,
      TabularModel table,
      TabularModel dynamics,
      List<String> actionNames,
      Renderer renderer) {
    this(id, options, table, dynamics, actionNames, renderer, null);
  }

  /** As above, with the grid layout pictures draw it on ({@code null} for none). */
  Environment(
      String id,
      EnvOptions options,
      TabularModel table,
      TabularModel dynamics,
      List<String> actionNames,
      Renderer renderer,
      GridLayout layout) {
    checkArgument(actionNames.size() == table.actionCount(), "one name per action");
    this.id = id;
    this.options = options;
    this.table = table;
    this.dynamics = dynamics;
    this.actionNames = List.copyOf(actionNames);
    this.renderer = renderer;
    this.layout = layout;
  }

  /** The Gymnasium id, for example {@code Taxi-v3}. */
  public String id() {
    return id;
  }

  /** The options this environment was made with, defaults filled in. */
  public EnvOptions options() {
    return options;
  }

  /** Gymnasium's {@code P}: the transition table in Gymnasium's outcome order. */
  public TabularModel table() {
    return table;
  }

  /** The model to train on and to score policies against. */
  public TabularModel dynamics() {
    return dynamics;
  }

  /** Number of observations (the rows of a Q-table). */
  public int observationCount() {
    return dynamics.observationCount();
  }

  /** Number of actions. */
  public int actionCount() {
    return table.actionCount();
  }

  /** Gymnasium's names of the actions, by index. */
  public List<String> actionNames() {
    return actionNames;
  }

  /**
   * Draws {@code observation} as Gymnasium's {@code render_mode="ansi"} does (with no last action);
   * without color, the same picture with a plain-text legend instead of escape codes.
   *
   * @throws IllegalArgumentException if {@code observation} is out of range
   */
  public String render(int observation, boolean color) {
    checkArgument(
        observation >= 0 && observation < observationCount(),
        "state %s is out of range for %s; allowed: 0 to %s",
        observation,
        id,
        observationCount() - 1);
    return renderer.render(observation, color);
  }

  /** The grid this environment's observations sit on, if it describes one. */
  public Optional<GridLayout> layout() {
    return Optional.ofNullable(layout);
  }

  /** Its grid layout, or a plain grid of one cell per observation if it describes none. */
  public GridLayout layoutOrPlain() {
    return layout != null ? layout : GridLayout.plain(observationCount(), actionNames);
  }
}
