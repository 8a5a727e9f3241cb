package dev.qsweep.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;

/**
 * A point of a {@link SearchSpace}: one unit position in {@code [0, 1)} per dimension, in the
 * space's order. Values are computed from the positions when asked, so equal positions give equal
 * values, bit for bit.
 */
public final class Point {
  private final List<String> names;
  private final List<Dimension> dimensions;
  private final double[] units;

  Point(List<String> names, List<Dimension> dimensions, double[] units) {
    checkArgument(
        units.length == names.size(),
        "a point of this space has %s coordinates, got %s",
        names.size(),
        units.length);
    for (double u : units) {
      checkArgument(u >= 0 && u < 1, "a unit coordinate must be in [0, 1), got %s", u);
    }
    this.names = names;
    this.dimensions = dimensions;
    this.units = units.clone();
  }

  /** The value of dimension {@code name}: a number, or a choice's index. */
  public double value(String name) {
    int i = indexOf(name);
    return dimensions.get(i).valueAt(units[i]);
  }

  /** The value of dimension {@code name} as text: a number or the chosen word. */
  public String text(String name) {
    int i = indexOf(name);
    return dimensions.get(i).textAt(units[i]);
  }

  /** The dimension names, in the space's order. */
  public List<String> names() {
    return names;
  }

  /** A copy of the unit coordinates, in the space's order. */
  public double[] units() {
    return units.clone();
  }

  private int indexOf(String name) {
    int i = names.indexOf(name);
    checkArgument(i >= 0, "no dimension '%s'; the space has %s", name, names);
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Point p && names.equals(p.names) && Arrays.equals(units, p.units);
  }

  @Override
  public int hashCode() {
    return 31 * names.hashCode() + Arrays.hashCode(units);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < names.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(text(names.get(i)));
    }
    return s.append('}').toString();
  }
}
