package dev.qsweep.report.chart;

import dev.qsweep.env.Environment;
import dev.qsweep.env.GridLayout;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.report.ConfigSummary;
import dev.qsweep.run.Columns;
import dev.qsweep.run.TrialRecords;
import dev.qsweep.run.TrialResult;
import dev.qsweep.run.TrialRunner;
import java.util.ArrayList;
import java.util.List;

/**
 * A trial the grid pictures show, retrained from its trials.csv row (a trial is a value: the same
 * spec gives the same Q-table bit for bit), with how often its training stepped from each
 * observation. One retraining serves the policy map and the state-visit heatmap.
 */
final class RetrainedTrial {
  final ConfigSummary config;
  final String trialId;
  final TrialSpec spec;
  final Environment environment;
  final GridLayout layout;
  final TrialResult result;
  private final long[] visits;

  private RetrainedTrial(
      ConfigSummary config,
      String trialId,
      TrialSpec spec,
      Environment environment,
      GridLayout layout,
      TrialResult result,
      long[] visits) {
    this.config = config;
    this.trialId = trialId;
    this.spec = spec;
    this.environment = environment;
    this.layout = layout;
    this.result = result;
    this.visits = visits;
  }

  /**
   * The best trial of each configuration {@link PolicyMapChart#shown} picks, retrained; those whose
   * environment describes no grid are left out.
   */
  static List<RetrainedTrial> of(
      ChartData data, List<ConfigSummary> summaries, List<String> swept) {
    List<RetrainedTrial> trials = new ArrayList<>();
    for (ConfigSummary c : PolicyMapChart.shown(summaries, swept)) {
      List<String> row = data.bestTrials.get(c.configId());
      TrialSpec spec = TrialRecords.spec(row);
      Environment environment = spec.environment();
      if (environment.layout().isEmpty()) {
        continue;
      }
      long[] visits = new long[environment.dynamics().observationCount()];
      TrialResult result = TrialRunner.runCountingVisits(spec, visits);
      trials.add(
          new RetrainedTrial(
              c,
              row.get(Columns.Trial.TRIAL_ID.ordinal()),
              spec,
              environment,
              environment.layout().get(),
              result,
              visits));
    }
    return trials;
  }

  /** The trials named for a caption: {@code c001-r01 (learner q-learning), ...}. */
  static String names(List<RetrainedTrial> trials, List<String> swept) {
    List<String> names = new ArrayList<>();
    for (RetrainedTrial t : trials) {
      names.add(t.trialId + " (" + t.config.label(swept) + ")");
    }
    return String.join(", ", names);
  }

  /** Steps training took from each observation (a copy). */
  long[] visits() {
    return visits.clone();
  }
}
