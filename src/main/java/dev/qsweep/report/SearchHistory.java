package dev.qsweep.report;

import dev.qsweep.run.Columns;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.util.Csv;
import dev.qsweep.util.Numbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A search's history.csv read back, one configuration's replicates at a time: the table of its
 * stages (rungs of each bracket, or generations) and the best score it had found against the env
 * steps it had spent. Holds one entry per configuration (the stage it was last seen in, to count
 * promotions), never the rows.
 *
 * @param stages the stages in the order the search first ran them
 * @param bestSoFar where the best configuration so far changed, then the end of the search
 * @param totalEnvSteps every env step of the history, checked against the manifest
 */
public record SearchHistory(List<Stage> stages, List<Point> bestSoFar, long totalEnvSteps) {
  /*
   * "Best so far" is what the search would answer if it stopped there: of the configurations
   * trained to the largest budget reached so far, the best by the ranking keys' means over
   * replicates (ties to the smaller id), as the verdict ranks them. A configuration's score is
   * known once all its replicates of a batch are done, so a point is placed after its last
   * replicate, at the env steps spent up to there in batch order (deterministic: the order the
   * strategy proposed them, whatever the threads). Its y can fall when the budget rises: a short
   * run's score is not comparable with a long one's.
   */

  /**
   * One stage: a rung of a bracket (a budget at a stage) or a generation.
   *
   * @param bracket the Hyperband bracket, as its settings number them ({@code s}: the rungs it has,
   *     less one); 0 for the one bracket of successive halving, and for other strategies
   * @param stage the rung or generation index
   * @param budget the episodes its configurations were trained to
   * @param configurations how many configurations it trained
   * @param promoted how many of them a later batch trained further
   * @param envSteps the env steps it spent
   * @param bestConfigId its best configuration, by the ranking keys' means at this budget
   * @param bestRewardPerMove that configuration's mean reward per move here
   */
  public record Stage(
      int bracket,
      int stage,
      long budget,
      int configurations,
      int promoted,
      long envSteps,
      String bestConfigId,
      double bestRewardPerMove) {}

  /**
   * A point of the best-so-far curve.
   *
   * @param envSteps the env steps spent so far
   * @param rewardPerMove the best configuration's mean reward per move
   * @param configId the best configuration
   * @param budget the episodes it was trained for
   */
  public record Point(long envSteps, double rewardPerMove, String configId, long budget) {}

  /** Whether the stages form several brackets (Hyperband). */
  public boolean brackets() {
    return stages.stream().anyMatch(s -> s.bracket() > 0);
  }

  /** Whether some configuration was trained in more than one stage (halving, Hyperband). */
  public boolean promotes() {
    return stages.stream().anyMatch(s -> s.promoted() > 0);
  }

  /**
   * The history of {@code folder}; empty for a grid or a folder without history.csv (written by a
   * qsweep before it existed).
   *
   * @throws IllegalArgumentException if the file has another version's columns, a cell that is not
   *     a number, or env steps that do not add up to the manifest's {@code total_env_steps}
   */
  public static Optional<SearchHistory> read(ResultsFolder folder) {
    Path file = folder.dir().resolve(ResultFiles.HISTORY);
    if (!folder.search() || !Files.exists(file)) {
      return Optional.empty();
    }
    List<String> expected = Columns.headers(Columns.History.values());
    List<String> header = Csv.header(file);
    if (!header.equals(expected)) {
      throw Columns.anotherVersion(file, header, expected);
    }
    Reader reader = new Reader(file);
    Csv.stream(file, reader::add);
    reader.endGroup();
    SearchHistory history = reader.result();
    long expectedSteps = folder.manifest().totalEnvSteps();
    if (history.totalEnvSteps() != expectedSteps) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s adds up to %d env steps, but manifest.json's total_env_steps is %d: the files"
                  + " are not of one search",
              file,
              history.totalEnvSteps(),
              expectedSteps));
    }
    return Optional.of(history);
  }

  /** Reads the rows in order, a (batch, configuration) group at a time. */
  private static final class Reader {
    private final Path file;
    private final Map<String, StageTotals> stages = new LinkedHashMap<>();
    private final Map<String, StageTotals> lastStageOf = new HashMap<>();
    // The first stage each configuration ran in: its bracket's first rung.
    private final Map<StageTotals, StageTotals> origin = new HashMap<>();
    private final List<Point> points = new ArrayList<>();
    private int line = 1;
    private long spent;
    // The group being read.
    private String batch;
    private String configId;
    private StageTotals stage;
    private long budget;
    private final Map<Score, List<Double>> values = new EnumMap<>(Score.class);
    // The best so far.
    private long bestBudget = -1;
    private Map<Score, Double> bestMeans;
    private String bestId;

    Reader(Path file) {
      this.file = file;
    }

    void add(List<String> row) {
      line++;
      try {
        String rowBatch = cell(row, Columns.History.BATCH);
        String rowConfig = cell(row, Columns.History.CONFIG_ID);
        if (!rowBatch.equals(batch) || !rowConfig.equals(configId)) {
          endGroup();
          batch = rowBatch;
          configId = rowConfig;
          budget = Long.parseLong(cell(row, Columns.History.BUDGET));
          int stageIndex = Integer.parseInt(cell(row, Columns.History.STAGE));
          stage =
              stages.computeIfAbsent(
                  stageIndex + "/" + budget, k -> new StageTotals(stageIndex, budget));
          stage.configurations++;
          StageTotals before = lastStageOf.put(configId, stage);
          if (before != null && before != stage) {
            before.promoted++;
          }
          origin.putIfAbsent(stage, before == null ? stage : origin.get(before));
        }
        long steps = Long.parseLong(cell(row, Columns.History.ENV_STEPS));
        stage.envSteps += steps;
        spent += steps;
        for (Score key : Summary.RANKING) {
          values
              .computeIfAbsent(key, k -> new ArrayList<>())
              .add(Numbers.parse(cell(row, column(key))));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            file + " line " + line + ": " + e.getMessage() + " is not a number", e);
      }
    }

    /** Ends the group being read: its means, its stage's best, and the best so far. */
    void endGroup() {
      if (configId == null) {
        return;
      }
      Map<Score, Double> means = new EnumMap<>(Score.class);
      values.forEach(
          (key, v) ->
              means.put(
                  key,
                  Statistics.estimate(v.stream().mapToDouble(Double::doubleValue).toArray())
                      .mean()));
      values.clear();
      if (stage.bestMeans == null || better(means, configId, stage.bestMeans, stage.bestId)) {
        stage.bestMeans = means;
        stage.bestId = configId;
      }
      if (budget > bestBudget
          || (budget == bestBudget && better(means, configId, bestMeans, bestId))) {
        bestBudget = budget;
        bestMeans = means;
        bestId = configId;
        points.add(point());
      }
      configId = null;
    }

    private Point point() {
      return new Point(spent, bestMeans.get(Score.REWARD_PER_MOVE), bestId, bestBudget);
    }

    SearchHistory result() {
      // Each bracket's rungs together, brackets in the order they began (Hyperband runs rung k of
      // every bracket in batch k); a bracket is numbered by its rungs, as its settings are.
      Map<StageTotals, List<StageTotals>> brackets = new LinkedHashMap<>();
      for (StageTotals s : stages.values()) {
        brackets.computeIfAbsent(origin.get(s), k -> new ArrayList<>()).add(s);
      }
      List<Stage> table = new ArrayList<>();
      for (List<StageTotals> rungs : brackets.values()) {
        for (StageTotals s : rungs) {
          table.add(
              new Stage(
                  brackets.size() > 1 ? rungs.size() - 1 : 0,
                  s.stage,
                  s.budget,
                  s.configurations,
                  s.promoted,
                  s.envSteps,
                  s.bestId,
                  s.bestMeans.get(Score.REWARD_PER_MOVE)));
        }
      }
      if (!points.isEmpty() && points.get(points.size() - 1).envSteps() != spent) {
        points.add(point());
      }
      return new SearchHistory(table, points, spent);
    }

    private static boolean better(
        Map<Score, Double> a, String aId, Map<Score, Double> b, String bId) {
      int c = Ranking.compareKeys(a::get, b::get);
      return c < 0 || (c == 0 && aId.compareTo(bId) < 0);
    }
  }

  /** A stage's totals while it is read. */
  private static final class StageTotals {
    final int stage;
    final long budget;
    int configurations;
    int promoted;
    long envSteps;
    Map<Score, Double> bestMeans;
    String bestId;

    StageTotals(int stage, long budget) {
      this.stage = stage;
      this.budget = budget;
    }
  }

  private static String cell(List<String> row, Columns.History column) {
    return row.get(column.ordinal());
  }

  /** The history.csv column of a ranking key. */
  private static Columns.History column(Score key) {
    return Columns.History.valueOf(key.column().name());
  }
}
