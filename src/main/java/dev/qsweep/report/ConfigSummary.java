package dev.qsweep.report;

import dev.qsweep.run.Columns;
import java.util.List;
import java.util.Map;

/**
 * One configuration across its replicates.
 *
 * @param configId the configuration id
 * @param settings its hyperparameters as trials.csv writes them (env, env_options, learner, alpha,
 *     gamma, epsilon, initial_q, episodes, max_episode_steps)
 * @param replicates the number of replicates present
 * @param estimates mean, sd and 95% CI of each score
 * @param bestTrialId the trial id of its best replicate, by the ranking keys in order (reward per
 *     move, then penalties, then return; the first replicate on a full tie)
 * @param rank 1 for the best: by mean reward per move, then mean penalties
 * @param pVsBest paired t-test p-value against the best configuration, on the first ranking key the
 *     two differ on (NaN for the best itself, or with fewer than two shared replicates)
 * @param pHolm {@code pVsBest} after Holm's correction over all comparisons with the best
 * @param tiedWithBest whether the data cannot tell it from the best at the 5% level (Holm)
 * @param stage in a non-grid search, the rung or generation it last trained in (trials.csv's {@code
 *     stage}); 0 in a grid
 * @param budget in a non-grid search, the episodes it was trained for (trials.csv's {@code
 *     budget}); 0 in a grid, whose configurations are each trained for their own episodes
 */
public record ConfigSummary(
    String configId,
    Map<String, String> settings,
    int replicates,
    Map<Score, Statistics.Estimate> estimates,
    String bestTrialId,
    int rank,
    double pVsBest,
    double pHolm,
    boolean tiedWithBest,
    int stage,
    long budget) {

  /**
   * Whether it was trained for as many episodes as {@code other}: only such configurations are
   * compared with each other (a search's configurations stopped at a smaller budget are not).
   */
  public boolean sameBudget(ConfigSummary other) {
    return budget == other.budget;
  }

  /** The mean of a score. */
  public double mean(Score score) {
    return estimates.get(score).mean();
  }

  /**
   * This configuration's value on a swept axis, as {@link dev.qsweep.experiment.Grid#sweptAxes}
   * names it: the environment with its options for {@code env}, the time limit for {@code
   * max_steps}; null for an axis qsweep does not know.
   */
  public String axisValue(String axis) {
    return switch (axis) {
      case "env" -> {
        String options = settings.get(Columns.Trial.ENV_OPTIONS.header());
        String env = settings.get(Columns.Trial.ENV.header());
        yield options.isEmpty() ? env : env + "(" + options + ")";
      }
      case "max_steps" -> settings.get(Columns.Trial.MAX_EPISODE_STEPS.header());
      default -> settings.get(axis);
    };
  }

  /** A short label: the swept settings, for example "alpha 0.5, gamma 0.9". */
  public String label(List<String> sweptAxes) {
    StringBuilder sb = new StringBuilder();
    for (String axis : sweptAxes) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(axis).append(' ').append(axisValue(axis));
    }
    if (sb.length() == 0) {
      // Nothing swept: name the one configuration by its hyperparameters.
      return String.format(
          java.util.Locale.ROOT,
          "%s, alpha %s, gamma %s, epsilon %s",
          settings.get("learner"),
          settings.get("alpha"),
          settings.get("gamma"),
          settings.get("epsilon"));
    }
    return sb.toString();
  }
}
