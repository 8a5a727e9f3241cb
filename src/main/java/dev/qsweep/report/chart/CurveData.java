package dev.qsweep.report.chart;

import dev.qsweep.report.ConfigRows;
import dev.qsweep.report.Statistics;
import dev.qsweep.run.Columns;
import dev.qsweep.util.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One configuration's curves across replicates: for each bin (or evaluation point), the values of
 * every replicate, ready for a mean and a confidence band.
 */
/*
 * Implementation note. curves.csv can be much larger than memory should hold (a row per bin per
 * trial), so it is read one configuration at a time (ConfigRows) and only the wanted columns are
 * kept, as primitive doubles in a [column][point * replicates + replicate] layout sized from the
 * configuration's trials.csv rows (curve_bins, or episodes / eval_every, and its replicate count).
 * A replicate's slot is its trial's position in the file.
 */
final class CurveData {
  /** One curve of one configuration: x positions and, per x, the replicates' values. */
  record Series(double[] x, List<double[]> valuesAtX) {
    Statistics.Estimate at(int i) {
      return Statistics.estimate(valuesAtX.get(i));
    }
  }

  private CurveData() {}

  /** How a row maps to a point: its index and its x (NaN to leave it out). */
  private interface Point {
    int index(List<String> row);

    double x(List<String> row);
  }

  /**
   * The binned learning curves of {@code columns} (curves.csv columns such as {@code mean_return})
   * of one configuration, x at each bin's middle episode; a column without any point is absent.
   * Empty bins are left out.
   */
  static Map<Columns.Curve, Series> learning(ConfigRows rows, List<Columns.Curve> columns) {
    Series[] read =
        collect(
            rows.trials(),
            rows.curves(),
            Integer.parseInt(ConfigRows.cell(rows.trials().get(0), Columns.Trial.CURVE_BINS)),
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
    Map<Columns.Curve, Series> byColumn = new EnumMap<>(Columns.Curve.class);
    for (int c = 0; c < columns.size(); c++) {
      if (read[c] != null) {
        byColumn.put(columns.get(c), read[c]);
      }
    }
    return byColumn;
  }

  /**
   * The exact-evaluation curve of {@code column} of one configuration, x at the episode count; null
   * without any point.
   */
  static Series evaluations(ConfigRows rows, Columns.Evaluation column) {
    Map<String, Integer> evalEvery = new HashMap<>();
    for (List<String> row : rows.trials()) {
      evalEvery.put(
          ConfigRows.cell(row, Columns.Trial.TRIAL_ID),
          Integer.parseInt(ConfigRows.cell(row, Columns.Trial.EVAL_EVERY)));
    }
    List<String> first = rows.trials().get(0);
    int every = Integer.parseInt(ConfigRows.cell(first, Columns.Trial.EVAL_EVERY));
    return collect(
        rows.trials(),
        rows.evaluations(),
        every == 0 ? 0 : Integer.parseInt(ConfigRows.cell(first, Columns.Trial.EPISODES)) / every,
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
        new int[] {column.ordinal()})[0];
  }

  private static Series[] collect(
      List<List<String>> trials, List<List<String>> table, int points, Point point, int[] columns) {
    Map<String, Integer> slots = new HashMap<>();
    for (List<String> row : trials) {
      slots.put(ConfigRows.cell(row, Columns.Trial.TRIAL_ID), slots.size());
    }
    int replicates = slots.size();
    double[] x = new double[points];
    Arrays.fill(x, Double.NaN);
    double[][] values = new double[columns.length][points * replicates];
    for (double[] v : values) {
      Arrays.fill(v, Double.NaN);
    }
    for (List<String> row : table) {
      Integer slot = slots.get(row.get(0));
      if (slot == null) {
        continue;
      }
      int i = point.index(row);
      double at = point.x(row);
      if (i < 0 || i >= points || Double.isNaN(at)) {
        continue; // an empty bin (more bins than episodes) has no point
      }
      x[i] = at;
      for (int c = 0; c < columns.length; c++) {
        values[c][i * replicates + slot] = Numbers.parse(row.get(columns[c]));
      }
    }
    Series[] result = new Series[columns.length];
    for (int c = 0; c < columns.length; c++) {
      List<Double> xs = new ArrayList<>();
      List<double[]> at = new ArrayList<>();
      for (int i = 0; i < points; i++) {
        if (Double.isNaN(x[i])) {
          continue;
        }
        xs.add(x[i]);
        at.add(Arrays.copyOfRange(values[c], i * replicates, (i + 1) * replicates));
      }
      if (!xs.isEmpty()) {
        result[c] = new Series(xs.stream().mapToDouble(Double::doubleValue).toArray(), at);
      }
    }
    return result;
  }
}
