package dev.qsweep.report;

import dev.qsweep.run.Columns;
import dev.qsweep.util.Numbers;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One configuration after the first pass; {@code values} (the ranking keys by replicate) and {@code
 * replicates} are held only while it is compared, and for the best.
 */
final class Draft {
  final String configId;
  final Map<String, String> settings;
  final int replicateCount;
  final Map<Score, Statistics.Estimate> estimates;
  final String bestTrialId;
  final long trained;
  final int stage;
  int[] replicates;
  Map<Score, double[]> values;

  private Draft(
      String configId,
      Map<String, String> settings,
      int replicateCount,
      Map<Score, Statistics.Estimate> estimates,
      String bestTrialId,
      long trained,
      int stage) {
    this.configId = configId;
    this.settings = settings;
    this.replicateCount = replicateCount;
    this.estimates = estimates;
    this.bestTrialId = bestTrialId;
    this.trained = trained;
    this.stage = stage;
  }

  static Draft of(ConfigRows rows, Map<String, String> interned) {
    List<List<String>> sorted = rows.byReplicate();
    Map<String, String> settings = new LinkedHashMap<>();
    for (Columns.Trial c : Summary.SETTINGS) {
      // Settings repeat across configurations: one copy of each text.
      String value = ConfigRows.cell(sorted.get(0), c);
      settings.put(c.header(), interned.computeIfAbsent(value, v -> v));
    }
    Map<Score, double[]> values = new EnumMap<>(Score.class);
    Map<Score, Statistics.Estimate> estimates = new EnumMap<>(Score.class);
    for (Score s : Score.values()) {
      double[] v = values(sorted, s);
      values.put(s, v);
      estimates.put(s, Statistics.estimate(v));
    }
    int at = 0;
    for (int i = 1; i < sorted.size(); i++) {
      if (better(values, i, at)) {
        at = i;
      }
    }
    // A search that stops configurations early ranks the ones trained furthest first: a score
    // after fewer episodes is not comparable with one after the full budget. (A grid's
    // configurations all rank by score, whatever their episodes.)
    boolean search = sorted.get(0).size() > Columns.Trial.values().length;
    long trained = search ? Long.parseLong(Columns.episodesTrained(sorted.get(0))) : 0;
    int stage =
        search ? Integer.parseInt(sorted.get(0).get(Columns.index(Columns.Search.STAGE))) : 0;
    return new Draft(
        rows.configId(),
        settings,
        sorted.size(),
        estimates,
        ConfigRows.cell(sorted.get(at), Columns.Trial.TRIAL_ID),
        trained,
        stage);
  }

  /** This configuration with its replicates and ranking-key values read from its rows. */
  Draft withValues(ConfigRows rows) {
    List<List<String>> sorted = rows.byReplicate();
    Draft d = new Draft(configId, settings, replicateCount, estimates, bestTrialId, trained, stage);
    d.replicates = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      d.replicates[i] = replicate(sorted.get(i));
    }
    d.values = new EnumMap<>(Score.class);
    for (Score key : Summary.RANKING) {
      d.values.put(key, values(sorted, key));
    }
    return d;
  }

  double mean(Score s) {
    return estimates.get(s).mean();
  }

  ConfigSummary summary(int rank, double pVsBest, double pHolm, boolean tied) {
    return new ConfigSummary(
        configId,
        settings,
        replicateCount,
        estimates,
        bestTrialId,
        rank,
        pVsBest,
        pHolm,
        tied,
        stage,
        trained);
  }

  private static int replicate(List<String> row) {
    return Integer.parseInt(ConfigRows.cell(row, Columns.Trial.REPLICATE));
  }

  private static double[] values(List<List<String>> rows, Score s) {
    double[] v = new double[rows.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Numbers.parse(ConfigRows.cell(rows.get(i), s.column()));
    }
    return v;
  }

  /** Whether replicate {@code i} beats replicate {@code than} by the ranking keys in order. */
  private static boolean better(Map<Score, double[]> values, int i, int than) {
    for (Score key : Summary.RANKING) {
      double a = values.get(key)[i];
      double b = values.get(key)[than];
      if (a != b) {
        return key.higherIsBetter() ? a > b : a < b;
      }
    }
    return false;
  }
}
