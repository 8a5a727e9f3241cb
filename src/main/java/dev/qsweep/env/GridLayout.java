package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Where an environment's observations sit on a grid, for pictures (policy maps, replay GIFs): the
 * grid's cells and their kinds, the cell of each observation, the panel it belongs to when an
 * observation holds more than a position (Taxi's passenger and destination), the things to draw
 * besides the agent, and the direction of each action.
 *
 * <p>An environment without one gets {@link #plain}: one cell per observation.
 *
 * @param rows grid rows
 * @param columns grid columns
 * @param cells row-major, {@code rows * columns} of them
 * @param cellOf the cell of an observation
 * @param panels the panels' titles; one for a plain position grid
 * @param panelOf the panel of an observation, or -1 for one never worth drawing (Taxi's passenger
 *     already at its destination)
 * @param marks what to draw in an observation's picture besides the agent
 * @param moves each action's direction on the grid, by action index
 */
public record GridLayout(
    int rows,
    int columns,
    List<Cell> cells,
    IntUnaryOperator cellOf,
    List<String> panels,
    IntUnaryOperator panelOf,
    IntFunction<List<Mark>> marks,
    List<Move> moves) {

  /** What a cell is. */
  public enum Kind {
    /** Ground the agent may stand on. */
    FLOOR,
    /** Where episodes start. */
    START,
    /** Where they succeed. */
    GOAL,
    /** A FrozenLake hole: the episode ends, failed. */
    HOLE,
    /** CliffWalking's cliff: a penalty and back to the start. */
    CLIFF
  }

  /**
   * One cell.
   *
   * @param kind what it is
   * @param label a letter drawn in it (Taxi's R, G, Y, B), or empty
   * @param wallEast whether a wall separates it from the cell on its right
   */
  public record Cell(Kind kind, String label, boolean wallEast) {}

  /**
   * Something drawn in an observation's picture besides the agent.
   *
   * @param cell where
   * @param kind what
   */
  public record Mark(int cell, MarkKind kind) {}

  /** What a mark is. */
  public enum MarkKind {
    /** A passenger waiting. */
    PASSENGER,
    /** Where the passenger wants to go. */
    DESTINATION,
    /** The agent carries the passenger. */
    LOADED
  }

  /**
   * An action as seen on the grid: a step of {@code (dRow, dColumn)}, or none with a symbol.
   *
   * @param dRow rows moved, down positive
   * @param dColumn columns moved, right positive
   * @param symbol drawn for an action that does not move (Taxi's "P" and "D"), or a name
   */
  public record Move(int dRow, int dColumn, String symbol) {
    /** Whether the action moves the agent on the grid. */
    public boolean moves() {
      return dRow != 0 || dColumn != 0;
    }
  }

  /** Checks the cell count and that the grid is not empty. */
  public GridLayout {
    checkArgument(
        rows > 0 && columns > 0, "a grid needs rows and columns, got %sx%s", rows, columns);
    checkArgument(
        cells.size() == rows * columns, "%s cells for a %sx%s grid", cells.size(), rows, columns);
    cells = List.copyOf(cells);
    panels = List.copyOf(panels);
    moves = List.copyOf(moves);
  }

  /** Row of a cell. */
  public int rowOf(int cell) {
    return cell / columns;
  }

  /** Column of a cell. */
  public int columnOf(int cell) {
    return cell % columns;
  }

  /**
   * A plain layout for an environment with no grid of its own: one floor cell per observation,
   * row-major in a near-square grid, one panel, actions shown by name.
   */
  public static GridLayout plain(int observations, List<String> actionNames) {
    checkArgument(observations > 0, "observations must be positive, got %s", observations);
    int columns = (int) Math.ceil(Math.sqrt(observations));
    int rows = (observations + columns - 1) / columns;
    List<Cell> cells = new ArrayList<>();
    for (int c = 0; c < rows * columns; c++) {
      cells.add(new Cell(Kind.FLOOR, "", false));
    }
    List<Move> moves = new ArrayList<>();
    for (String name : actionNames) {
      moves.add(new Move(0, 0, name));
    }
    return new GridLayout(
        rows,
        columns,
        cells,
        o -> o,
        List.of(""),
        o -> o < observations ? 0 : -1,
        o -> List.of(),
        moves);
  }

  /** A single-panel layout of a character map, each letter's kind read by {@code kindOf}. */
  static GridLayout ofMap(List<String> map, IntFunction<Kind> kindOf, List<Move> moves) {
    int rows = map.size();
    int columns = map.get(0).length();
    List<Cell> cells = new ArrayList<>();
    for (String line : map) {
      for (int c = 0; c < columns; c++) {
        cells.add(new Cell(kindOf.apply(line.charAt(c)), "", false));
      }
    }
    return new GridLayout(rows, columns, cells, o -> o, List.of(""), o -> 0, o -> List.of(), moves);
  }
}
