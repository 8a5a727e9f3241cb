package dev.qsweep.cli;

import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.run.Columns;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.run.TrialRecords;
import dev.qsweep.run.TrialResult;
import dev.qsweep.run.TrialRunner;
import dev.qsweep.util.Csv;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qsweep reproduce}: re-runs one trial from trials.csv and checks every metric. */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    description = {
      "Re-run one trial and check that every recorded metric is identical.",
      "Reads the trial's spec from DIR/trials.csv; compares every metric and its learning curve:",
      "exit 0 if all are identical, 1 with the differences if not."
    })
final class ReproduceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A results folder.")
  Path dir;

  @Parameters(index = "1", paramLabel = "TRIAL_ID", description = "A trial id, e.g. c003-r07.")
  String trialId;

  @Override
  public void run() {
    List<String> recorded = RecordedTrial.row(dir, trialId);
    TrialSpec trial = TrialRecords.spec(recorded);
    TrialResult result = TrialRunner.run(trial);
    int limit = trial.environment().dynamics().maxEpisodeSteps();
    List<String> fresh =
        TrialRecords.trialRow(trialId, get(recorded, Columns.Trial.CONFIG_ID), result, limit);
    List<String> differences = new ArrayList<>();
    for (Columns.Trial c : Columns.Trial.values()) {
      String was = recorded.get(c.ordinal());
      String now = fresh.get(c.ordinal());
      if (!was.equals(now)) {
        differences.add(
            String.format(Locale.ROOT, "%s: recorded %s, now %s", c.header(), was, now));
      }
    }
    compareRows(
        differences,
        "curves.csv",
        rowsOf(dir.resolve(ResultFiles.CURVES)),
        TrialRecords.curveRows(trialId, result.curve()));
    Path evaluations = dir.resolve(ResultFiles.EVALUATIONS);
    if (Files.exists(evaluations)) {
      Path trials = dir.resolve(ResultFiles.TRIALS);
      boolean withoutTimeLimit = Columns.withoutTimeLimit(Csv.header(trials), trials);
      List<List<String>> fileRows = new ArrayList<>();
      for (List<String> row : TrialRecords.evaluationRows(trialId, result.evaluations())) {
        fileRows.add(Columns.evaluationFileRow(row, withoutTimeLimit));
      }
      compareRows(differences, "evaluations.csv", rowsOf(evaluations), fileRows);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (differences.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%s reproduced: all %d metrics and its learning curve are identical (reward per move %s,"
              + " %s env steps).%n",
          trialId,
          Columns.Trial.values().length,
          get(fresh, Columns.Trial.REWARD_PER_MOVE),
          get(fresh, Columns.Trial.TRAIN_STEPS));
      out.flush();
      return;
    }
    out.printf(Locale.ROOT, "%s differs in %d places:%n", trialId, differences.size());
    for (String d : differences) {
      out.println("  " + d);
    }
    out.flush();
    throw new Errors.RunFailedException();
  }

  private List<List<String>> rowsOf(Path file) {
    List<List<String>> mine = new ArrayList<>();
    Csv.stream(
        file,
        row -> {
          if (row.get(0).equals(trialId)) {
            mine.add(row);
          }
        });
    return mine;
  }

  private static void compareRows(
      List<String> differences,
      String file,
      List<List<String>> recorded,
      List<List<String>> fresh) {
    if (recorded.size() != fresh.size()) {
      differences.add(
          String.format(
              Locale.ROOT, "%s: recorded %d rows, now %d", file, recorded.size(), fresh.size()));
      return;
    }
    for (int i = 0; i < recorded.size(); i++) {
      if (!recorded.get(i).equals(fresh.get(i))) {
        differences.add(
            String.format(
                Locale.ROOT,
                "%s row %d: recorded %s, now %s",
                file,
                i + 1,
                recorded.get(i),
                fresh.get(i)));
      }
    }
  }

  private static String get(List<String> row, Columns.Trial c) {
    return row.get(c.ordinal());
  }
}
