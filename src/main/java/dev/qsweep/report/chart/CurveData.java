package dev.qsweep.report.chart;

import dev.qsweep.report.ResultsFolder;
import dev.qsweep.report.Statistics;
import dev.qsweep.run.Columns;
import dev.qsweep.util.Csv;
import dev.qsweep.util.Numbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-configuration curves across replicates: for each bin (or evaluation point), the values of
 * every replicate, ready for a mean and a confidence band.
 */
/*
 * Implementation note. curves.csv can be much larger than memory should hold (a row per bin per
 * trial), so it is streamed once and only the wanted columns are kept, as primitive doubles in a
 * [column][config][point * replicates + replicate] layout sized from trials.csv (curve_bins, or
 * episodes / eval_every, and the replicate count of each configuration).
 */
final class CurveData {
  /** One curve of one configuration: x positions and, per x, the replicates' values. */
  record Series(double[] x, List<double[]> valuesAtX) {
    Statistics.Estimate at(int i) {
      return Statistics.estimate(valuesAtX.get(i));
    }
  }

  private CurveData() {}

  /** Where a trial's values go: its configuration and its replicate's slot in it. */
  private record Slot(String config, int replicate) {}

  /** Layout of one configuration: points per trial and replicates. */
  private static final class Layout {
    final int points;
    int replicates;
    final double[] x;

    Layout(int points) {
      this.points = points;
      this.x = new double[points];
      Arrays.fill(x, Double.NaN);
    }
  }

  /** How a row maps to a point: its index and its x (NaN to leave it out). */
  private interface Point {
    int index(List<String> row);

    double x(List<String> row);
  }

  /**
   * The binned learning curves of {@code columns} (curves.csv columns such as {@code mean_return})
   * for each configuration, x at each bin's middle episode, read in one pass. Empty bins are left
   * out.
   */
  static Map<Columns.Curve, Map<String, Series>> learning(
      ResultsFolder folder, List<Columns.Curve> columns) {
    List<Map<String, Series>> read =
        collect(
            folder,
            folder.curves(),
            row -> Integer.parseInt(row.get(Columns.Trial.CURVE_BINS.ordinal())),
            new Point() {
              @Override
              public int index(List<String> row) {
                return Integer.parseInt(row.get(Columns.Curve.BIN.ordinal()));
              }

              @Override
              public double x(List<String> row) {
                if (Long.parseLong(row.get(Columns.Curve.EPISODES.ordinal())) == 0) {
                  return Double.NaN;
                }
                return (Double.parseDouble(row.get(Columns.Curve.FIRST_EPISODE.ordinal()))
                        + Double.parseDouble(row.get(Columns.Curve.END_EPISODE.ordinal())))
                    / 2;
              }
            },
            columns.stream().mapToInt(Enum::ordinal).toArray());
    Map<Columns.Curve, Map<String, Series>> byColumn = new EnumMap<>(Columns.Curve.class);
    for (int c = 0; c < columns.size(); c++) {
      byColumn.put(columns.get(c), read.get(c));
    }
    return byColumn;
  }

  /**
   * The exact-evaluation curve of {@code column} for each configuration, x at the episode count.
   */
  static Map<String, Series> evaluations(ResultsFolder folder, Columns.Evaluation column) {
    if (folder.evaluations().isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> evalEvery = new HashMap<>();
    for (List<String> row : folder.trials().rows()) {
      evalEvery.put(
          row.get(Columns.Trial.TRIAL_ID.ordinal()),
          Integer.parseInt(row.get(Columns.Trial.EVAL_EVERY.ordinal())));
    }
    return collect(
            folder,
            folder.evaluations().get(),
            row -> {
              int every = Integer.parseInt(row.get(Columns.Trial.EVAL_EVERY.ordinal()));
              return every == 0
                  ? 0
                  : Integer.parseInt(row.get(Columns.Trial.EPISODES.ordinal())) / every;
            },
            new Point() {
              @Override
              public int index(List<String> row) {
                int episodes = Integer.parseInt(row.get(Columns.Evaluation.EPISODES.ordinal()));
                return episodes / evalEvery.get(row.get(0)) - 1;
              }

              @Override
              public double x(List<String> row) {
                return Double.parseDouble(row.get(Columns.Evaluation.EPISODES.ordinal()));
              }
            },
            new int[] {column.ordinal()})
        .get(0);
  }

  /** The number of points a trial's row of trials.csv says it has. */
  private interface PointsOf {
    int points(List<String> trialRow);
  }

  private static List<Map<String, Series>> collect(
      ResultsFolder folder, Path table, PointsOf pointsOf, Point point, int[] columns) {
    Map<String, Slot> slots = new HashMap<>();
    Map<String, Layout> layouts = new LinkedHashMap<>();
    for (List<String> row : folder.trials().rows()) {
      String config = row.get(Columns.Trial.CONFIG_ID.ordinal());
      Layout layout = layouts.computeIfAbsent(config, k -> new Layout(pointsOf.points(row)));
      slots.put(row.get(Columns.Trial.TRIAL_ID.ordinal()), new Slot(config, layout.replicates++));
    }
    List<Map<String, double[]>> values = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      Map<String, double[]> byConfig = new HashMap<>();
      for (Map.Entry<String, Layout> e : layouts.entrySet()) {
        double[] v = new double[e.getValue().points * e.getValue().replicates];
        Arrays.fill(v, Double.NaN);
        byConfig.put(e.getKey(), v);
      }
      values.add(byConfig);
    }
    Csv.stream(
        table,
        row -> {
          Slot slot = slots.get(row.get(0));
          if (slot == null) {
            return;
          }
          Layout layout = layouts.get(slot.config());
          int i = point.index(row);
          double x = point.x(row);
          if (i < 0 || i >= layout.points || Double.isNaN(x)) {
            return; // an empty bin (more bins than episodes) has no point
          }
          layout.x[i] = x;
          for (int c = 0; c < columns.length; c++) {
            values.get(c).get(slot.config())[i * layout.replicates + slot.replicate()] =
                Numbers.parse(row.get(columns[c]));
          }
        });
    List<Map<String, Series>> result = new ArrayList<>();
    for (int c = 0; c < columns.length; c++) {
      Map<String, Series> series = new LinkedHashMap<>();
      for (Map.Entry<String, Layout> e : layouts.entrySet()) {
        Layout layout = e.getValue();
        double[] v = values.get(c).get(e.getKey());
        List<Double> xs = new ArrayList<>();
        List<double[]> at = new ArrayList<>();
        for (int i = 0; i < layout.points; i++) {
          if (Double.isNaN(layout.x[i])) {
            continue;
          }
          xs.add(layout.x[i]);
          at.add(Arrays.copyOfRange(v, i * layout.replicates, (i + 1) * layout.replicates));
        }
        if (!xs.isEmpty()) {
          series.put(
              e.getKey(), new Series(xs.stream().mapToDouble(Double::doubleValue).toArray(), at));
        }
      }
      result.add(series);
    }
    return result;
  }
}
