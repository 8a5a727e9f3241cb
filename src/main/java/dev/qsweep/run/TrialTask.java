package dev.qsweep.run;

import dev.qsweep.env.EnvOptions;
import dev.qsweep.env.Environment;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.Grid;
import dev.qsweep.experiment.TrialSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lane group of a sweep's trials ({@link LaneGroups}), run on an executor's thread: train and
 * score each, then hand its rows to the sink, or its failure if it throws; the sweep goes on either
 * way.
 */
final class TrialTask {
  private final TrialSink sink;
  // One model and optimal return per environment (with its options): few, shared by the trials.
  private final Map<String, Prepared> models;

  TrialTask(TrialSink sink) {
    this(sink, new ConcurrentHashMap<>());
  }

  /** A task that takes its models from {@code models}, shared with other tasks. */
  TrialTask(TrialSink sink, Map<String, Prepared> models) {
    this.sink = sink;
    this.models = models;
  }

  record Prepared(TabularModel model, double optimalReturn) {}

  /** Runs {@code group}: as lanes of one thread when it has several trials, else alone. */
  void run(List<Grid.Trial> group) {
    List<TrialResult> laneResults = runAsLanes(group);
    for (int g = 0; g < group.size(); g++) {
      run(group.get(g), laneResults == null ? null : laneResults.get(g));
    }
  }

  /**
   * The group's results from {@link LaneRunner}, or null when trials run one by one: a test's trial
   * function is set, or the group threw (then each trial runs alone, so a failure is recorded
   * against the trial that failed).
   */
  private List<TrialResult> runAsLanes(List<Grid.Trial> group) {
    if (SweepRunner.trialFunction != SweepRunner.DEFAULT_TRIAL_FUNCTION || group.size() == 1) {
      return null;
    }
    try {
      Prepared p = models.computeIfAbsent(envKey(group.get(0)), k -> prepare(group.get(0)));
      List<TrialSpec> specs = new ArrayList<>(group.size());
      for (Grid.Trial trial : group) {
        SweepRunner.trialFault.check(trial, 0, trial.spec().episodes());
        specs.add(trial.spec());
      }
      return LaneRunner.run(specs, p.model, p.optimalReturn);
    } catch (RuntimeException | Error e) {
      return null;
    }
  }

  private void run(Grid.Trial trial, TrialResult laneResult) {
    TrialRows rows;
    long steps;
    try {
      Prepared p = models.computeIfAbsent(envKey(trial), k -> prepare(trial));
      if (laneResult == null) {
        SweepRunner.trialFault.check(trial, 0, trial.spec().episodes());
      }
      TrialResult r =
          laneResult != null
              ? laneResult
              : SweepRunner.trialFunction.run(trial.spec(), p.model, p.optimalReturn);
      rows = rows(trial, r, p.model);
      steps = r.totals().steps();
    } catch (RuntimeException | Error e) {
      failed(trial, e);
      return;
    }
    sink.finished(trial, rows, steps);
  }

  /**
   * Runs a lane group of a budgeted batch ({@link BudgetedTrial}): each trial that {@code paused}
   * holds at the episode it is to continue from continues; any other starts from episode 0. Each
   * trial stopped below its full budget is put back in {@code paused} (null: keep none). If the
   * group throws, each trial is retrained alone, so a failure names the trial that failed.
   */
  void runBudgeted(List<BudgetedTrial> group, Map<String, TrialTraining> paused) {
    List<TrialTraining> trainings = new ArrayList<>(group.size());
    long[] before = new long[group.size()];
    List<TrialResult> results;
    Prepared p;
    try {
      Grid.Trial first = group.get(0).trial();
      p = models.computeIfAbsent(envKey(first), k -> prepare(first));
      int[] budgets = new int[group.size()];
      List<TrialSpec> fresh = new ArrayList<>();
      for (int k = 0; k < group.size(); k++) {
        BudgetedTrial w = group.get(k);
        SweepRunner.trialFault.check(w.trial(), w.from(), w.budget());
        TrialTraining t = paused == null ? null : paused.remove(w.trial().id());
        if (t == null || t.episodesTrained() != w.from()) {
          t = null;
          fresh.add(w.trial().spec());
        }
        trainings.add(t);
        budgets[k] = w.budget();
      }
      // Fresh trials start together, as one lane group, and join the paused ones in it: all share
      // the model's one copy of its tables (Outcomes.of), as the lanes of a group must.
      Iterator<TrialTraining> started =
          fresh.isEmpty()
              ? Collections.emptyIterator()
              : LaneRunner.start(fresh, p.model, p.optimalReturn).iterator();
      for (int k = 0; k < group.size(); k++) {
        if (trainings.get(k) == null) {
          trainings.set(k, started.next());
        }
        before[k] = trainings.get(k).steps();
      }
      results = LaneRunner.advance(trainings, budgets, null);
    } catch (RuntimeException | Error e) {
      if (group.size() == 1) {
        failed(group.get(0).trial(), e);
      } else {
        for (BudgetedTrial w : group) {
          runBudgeted(List.of(w), null);
        }
      }
      return;
    }
    for (int k = 0; k < group.size(); k++) {
      BudgetedTrial w = group.get(k);
      TrialResult r = results.get(k);
      if (paused != null && w.budget() < w.trial().spec().episodes()) {
        paused.put(w.trial().id(), trainings.get(k));
      }
      sink.finished(w.trial(), rows(w.trial(), r, p.model), r.totals().steps() - before[k]);
    }
  }

  private void failed(Grid.Trial trial, Throwable e) {
    sink.failed(trial, e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private static TrialRows rows(Grid.Trial trial, TrialResult r, TabularModel model) {
    return new TrialRows(
        TrialRecords.trialRow(trial, r, model.maxEpisodeSteps()),
        TrialRecords.curveRows(trial.id(), r.curve()),
        TrialRecords.evaluationRows(trial.id(), r.evaluations()),
        TrialRecords.timingRow(trial.id(), r));
  }

  private static String envKey(Grid.Trial trial) {
    return trial.spec().envId() + " " + EnvOptions.join(trial.spec().envOptions());
  }

  private static Prepared prepare(Grid.Trial trial) {
    Environment environment = trial.spec().environment();
    TabularModel model = environment.dynamics();
    return new Prepared(model, OptimalControl.optimalReturn(model));
  }
}
