package dev.qsweep.experiment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environments;
import dev.qsweep.schedule.Parameter;
import dev.qsweep.schedule.Schedule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The checks and steps of {@link GridBuilder#build}, once the axes are collected: every axis given,
 * every schedule in range over every training length, each environment's options per step cap, the
 * grid's size against {@link Grid#MAX_TRIALS}, the user's filter, and which axes are swept.
 */
final class GridAssembly {
  private GridAssembly() {}

  static void requireAxis(String axis, List<?> values) {
    checkArgument(!values.isEmpty(), "axis %s is empty; give it at least one value", axis);
  }

  /**
   * Checks the schedules per training length, not per configuration: the product is never walked
   * here unless a filter asks to be.
   */
  static void checkSchedules(
      List<Integer> episodes,
      List<Schedule> alphas,
      List<Schedule> gammas,
      List<Schedule> epsilons) {
    for (int n : episodes) {
      for (Schedule alpha : alphas) {
        checkRange(Parameter.ALPHA, alpha, n);
      }
      for (Schedule gamma : gammas) {
        checkRange(Parameter.GAMMA, gamma, n);
      }
      for (Schedule epsilon : epsilons) {
        checkRange(Parameter.EPSILON, epsilon, n);
      }
    }
  }

  private static void checkRange(Parameter parameter, Schedule schedule, int episodes) {
    try {
      parameter.check(schedule, episodes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          parameter.label() + ": " + e.getMessage() + " (over " + episodes + " episodes)", e);
    }
  }

  /**
   * Each environment's non-default options for each step cap ({@code null}: the environment's own
   * time limit), normalized (a cap equal to the environment's default is dropped).
   */
  static List<List<Map<String, String>>> optionsPerCap(
      List<String> envIds, List<Map<String, String>> envOptions, List<Integer> caps) {
    List<List<Map<String, String>>> options = new ArrayList<>();
    for (int e = 0; e < envIds.size(); e++) {
      List<Map<String, String>> perCap = new ArrayList<>();
      for (Integer cap : caps) {
        Map<String, String> o = new LinkedHashMap<>(envOptions.get(e));
        if (cap != null) {
          o.put(Environments.MAX_EPISODE_STEPS, Integer.toString(cap));
        }
        // Normalize (drops a cap equal to the environment's default).
        perCap.add(Environments.make(envIds.get(e), o).options().nonDefault());
      }
      options.add(perCap);
    }
    return options;
  }

  /** Refuses a grid of more than {@link Grid#MAX_TRIALS} trials, counted before any filter. */
  static void checkSize(long size, int replicates) {
    long trials = Axes.saturatedProduct(size, replicates);
    checkArgument(
        trials <= Grid.MAX_TRIALS,
        "the grid has %s trials (%s configurations x %s replicates, before any filter); the"
            + " limit is %s",
        trials == Long.MAX_VALUE ? "more than " + grouped(Long.MAX_VALUE) : grouped(trials),
        grouped(size),
        grouped(replicates),
        grouped(Grid.MAX_TRIALS));
  }

  /** The configurations {@code filter} keeps, one bit per position. */
  static KeptConfigurations kept(Predicate<Configuration> filter, Axes axes, long size) {
    KeptConfigurations kept = KeptConfigurations.of(size, raw -> keep(filter, axes.at(raw, "", 0)));
    checkArgument(kept.count() > 0, "the filter drops all %s configurations", size);
    return kept;
  }

  /** The user's filter, whose failure is the user's (one line, exit 2), not qsweep's. */
  private static boolean keep(Predicate<Configuration> filter, Configuration c) {
    try {
      return filter.test(c);
    } catch (RuntimeException | Error e) {
      throw UserCodeException.failure(filter.getClass(), "the filter", e);
    }
  }

  static void addIfSwept(List<String> swept, String axis, int values) {
    if (values > 1) {
      swept.add(axis);
    }
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
