package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.EnvOptions;
import dev.qsweep.experiment.Grid;
import dev.qsweep.learn.Lanes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits a sweep's trials into lane groups ({@link LaneRunner}): trials of one environment (with
 * its options) and one learner, in trial order. Which trials share a group changes only speed,
 * never a result: each lane's result is bit for bit its trial's alone.
 */
final class LaneGroups {
  /** Lanes per group unless {@code -Dqsweep.lanes=K} says otherwise (1: a task per trial). */
  static final int DEFAULT_LANES = 1;

  /** The system property that overrides {@link #DEFAULT_LANES}. */
  static final String PROPERTY = "qsweep.lanes";

  private LaneGroups() {}

  /**
   * The lane count to use: {@code -Dqsweep.lanes}, or {@link #DEFAULT_LANES}.
   *
   * @throws IllegalArgumentException for a value that is not a whole number in 1..16
   */
  static int configured() {
    String text = System.getProperty(PROPERTY);
    if (text == null) {
      return DEFAULT_LANES;
    }
    int lanes;
    try {
      lanes = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      lanes = -1;
    }
    checkArgument(
        lanes >= 1 && lanes <= Lanes.MAX_LANES,
        "-D%s=%s is out of range; lanes must be a whole number in 1..%s",
        PROPERTY,
        text,
        Lanes.MAX_LANES);
    return lanes;
  }

  /**
   * Groups {@code trials}: compatible trials in their order, at most {@code maxLanes} per group,
   * and fewer when there are too few to keep {@code threads} threads busy with full groups.
   */
  static List<List<Grid.Trial>> of(List<Grid.Trial> trials, int threads, int maxLanes) {
    return of(trials, t -> t, threads, maxLanes);
  }

  /** {@link #of(List, int, int)} over items that each carry a trial ({@code trialOf}). */
  static <T> List<List<T>> of(
      List<T> items, Function<T, Grid.Trial> trialOf, int threads, int maxLanes) {
    Map<String, List<T>> byKind = new LinkedHashMap<>();
    for (T item : items) {
      byKind.computeIfAbsent(kind(trialOf.apply(item)), k -> new ArrayList<>()).add(item);
    }
    List<List<T>> groups = new ArrayList<>();
    for (List<T> kind : byKind.values()) {
      int perThread = (kind.size() + threads - 1) / threads;
      int size = Math.max(1, Math.min(maxLanes, perThread));
      for (int from = 0; from < kind.size(); from += size) {
        groups.add(List.copyOf(kind.subList(from, Math.min(kind.size(), from + size))));
      }
    }
    // Run in the order of each group's first trial, as trials ran before groups.
    groups.sort(
        (a, b) ->
            Integer.compare(trialOf.apply(a.get(0)).index(), trialOf.apply(b.get(0)).index()));
    return groups;
  }

  private static String kind(Grid.Trial trial) {
    return trial.spec().envId()
        + ' '
        + EnvOptions.join(trial.spec().envOptions())
        + ' '
        + trial.spec().algorithm().text();
  }
}
