package dev.qsweep.report;

import dev.qsweep.run.Columns;
import dev.qsweep.util.Csv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-configuration curves across replicates: for each bin (or evaluation point), the values of
 * every replicate, ready for a mean and a confidence band.
 */
final class CurveData {
  /** One curve of one configuration: x positions and, per x, the replicates' values. */
  record Series(double[] x, List<double[]> valuesAtX) {
    Statistics.Estimate at(int i) {
      return Statistics.estimate(valuesAtX.get(i));
    }
  }

  private CurveData() {}

  /** trial id to configuration id, from trials.csv. */
  static Map<String, String> configOfTrial(ResultsFolder folder) {
    Map<String, String> map = new HashMap<>();
    for (List<String> row : folder.trials().rows()) {
      map.put(
          row.get(Columns.Trial.TRIAL_ID.ordinal()), row.get(Columns.Trial.CONFIG_ID.ordinal()));
    }
    return map;
  }

  /**
   * The binned learning curve of {@code column} (a curves.csv column such as {@code mean_return})
   * for each configuration, x at each bin's middle episode. Empty bins are left out.
   */
  static Map<String, Series> learning(ResultsFolder folder, Columns.Curve column) {
    return collect(
        folder,
        folder.curves(),
        row -> {
          if (Long.parseLong(row.get(Columns.Curve.EPISODES.ordinal())) == 0) {
            return Double.NaN;
          }
          return (Double.parseDouble(row.get(Columns.Curve.FIRST_EPISODE.ordinal()))
                  + Double.parseDouble(row.get(Columns.Curve.END_EPISODE.ordinal())))
              / 2;
        },
        column.ordinal());
  }

  /**
   * The exact-evaluation curve of {@code column} for each configuration, x at the episode count.
   */
  static Map<String, Series> evaluations(ResultsFolder folder, Columns.Evaluation column) {
    if (folder.evaluations().isEmpty()) {
      return Map.of();
    }
    return collect(
        folder,
        folder.evaluations().get(),
        row -> Double.parseDouble(row.get(Columns.Evaluation.EPISODES.ordinal())),
        column.ordinal());
  }

  private interface XOf {
    double x(List<String> row);
  }

  private static Map<String, Series> collect(
      ResultsFolder folder, Path table, XOf xOf, int column) {
    Map<String, String> configOf = configOfTrial(folder);
    // config -> x -> values (one per replicate, in row order)
    Map<String, TreeMap<Double, List<Double>>> byConfig = new LinkedHashMap<>();
    // Streamed: only the one column of each row is kept, as a number.
    Csv.stream(
        table,
        row -> {
          double x = xOf.x(row);
          String config = configOf.get(row.get(0));
          if (Double.isNaN(x) || config == null) {
            return;
          }
          byConfig
              .computeIfAbsent(config, k -> new TreeMap<>())
              .computeIfAbsent(x, k -> new ArrayList<>())
              .add(Double.parseDouble(row.get(column)));
        });
    Map<String, Series> result = new LinkedHashMap<>();
    for (Map.Entry<String, TreeMap<Double, List<Double>>> e : byConfig.entrySet()) {
      double[] xs = new double[e.getValue().size()];
      List<double[]> values = new ArrayList<>();
      int i = 0;
      for (Map.Entry<Double, List<Double>> point : e.getValue().entrySet()) {
        xs[i++] = point.getKey();
        values.add(point.getValue().stream().mapToDouble(Double::doubleValue).toArray());
      }
      result.put(e.getKey(), new Series(xs, values));
    }
    return result;
  }
}
