package dev.qsweep.report;

import dev.qsweep.report.chart.Charts;
import dev.qsweep.run.ResultFiles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What report.md says of a search other than the full grid: how it ran, what its verdict compares,
 * and the table of its stages (rungs or generations).
 */
final class SearchMarkdown {
  private SearchMarkdown() {}

  /**
   * The paragraph under the report's first one: the strategy, its settings and its cost, and
   * whether it stopped some configurations early ({@code stopsEarly}).
   */
  static String intro(ResultFiles.Manifest m, boolean stopsEarly) {
    return String.format(
        Locale.ROOT,
        "Searched by %s (%s): %,d env steps in all (`total_env_steps`). %s%n%n",
        m.strategy(),
        String.join(
            ", ",
            m.strategySettings().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .toList()),
        m.totalEnvSteps(),
        stopsEarly
            ? "A configuration the search stopped early was trained for fewer episodes"
                + " (trials.csv's and summary.csv's `budget`), and a score after fewer episodes is"
                + " not comparable with one after more: the verdict compares only the"
                + " configurations trained as far as the best, and the others are reported by the"
                + " stage they stopped at (see Stages)."
            : "Every configuration was trained to the full budget, so the verdict compares them"
                + " all.");
  }

  /** Which configurations the verdict compares, as a phrase after "configurations". */
  static String trainedAsFar(ConfigSummary best) {
    return String.format(Locale.ROOT, " trained to %,d episodes", best.budget());
  }

  /** The sentence on the configurations stopped at a smaller budget; empty if there are none. */
  static String notCompared(List<ConfigSummary> summaries, List<ConfigSummary> compared) {
    int stopped = summaries.size() - compared.size();
    if (stopped == 0) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "The other %d configuration%s, stopped by the search at smaller budgets, %s not tested"
            + " against it: they rank after it by budget, then by score, with their stage and"
            + " budget in summary.csv.%n%n",
        stopped,
        stopped == 1 ? "" : "s",
        stopped == 1 ? "is" : "are");
  }

  /** The "Stages" section: one row per rung of a bracket or generation; empty without history. */
  static String stages(Optional<SearchHistory> history, String strategy) {
    if (history.isEmpty()) {
      return "";
    }
    SearchHistory h = history.get();
    boolean promotes = h.promotes();
    StringBuilder md = new StringBuilder("## Stages\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "How the %s search spent its %,d env steps, stage by stage in the order it ran them"
                + " (history.csv: one row per trial and batch that trained it). %s The best of"
                + " a stage is by the mean over replicates at that stage's budget.%n%n",
            strategy,
            h.totalEnvSteps(),
            promotes
                ? "A rung's configurations were trained to its budget, and the promoted ones"
                    + " continued from there in the bracket's next rung."
                : "Each configuration was trained once, to its budget."));
    boolean brackets = h.brackets();
    String stage = strategy.equals("genetic") ? "generation" : promotes ? "rung" : "stage";
    md.append(brackets ? "| bracket " : "")
        .append("| ")
        .append(stage)
        .append(" | budget (episodes) | configurations |");
    md.append(promotes ? " promoted |" : "");
    md.append(" env steps | best configuration | its reward per move |\n");
    md.append(brackets ? "| --- " : "").append("| --- | --- | --- |");
    md.append(promotes ? " --- |" : "").append(" --- | --- | --- |\n");
    for (SearchHistory.Stage s : h.stages()) {
      md.append(
          String.format(
              Locale.ROOT,
              "%s| %d | %,d | %d |%s %,d | %s | %s |%n",
              brackets ? "| s=" + s.bracket() + " " : "",
              s.stage(),
              s.budget(),
              s.configurations(),
              promotes ? " " + s.promoted() + " |" : "",
              s.envSteps(),
              s.bestConfigId(),
              Double.isNaN(s.bestRewardPerMove())
                  ? "n/a"
                  : String.format(Locale.ROOT, "%.4f", s.bestRewardPerMove())));
    }
    md.append('\n');
    return md.toString();
  }

  /**
   * What report.md says of a swept axis whose values hardly repeat ({@link AxisValues#scattered}),
   * instead of a table of averages per value, each of which would be one configuration.
   */
  static String scatteredAxis(String axis, List<Charts.Written> charts) {
    String scatter = "scatter-" + axis + ".png";
    boolean drawn = charts.stream().anyMatch(c -> c.file().equals(scatter));
    return "**"
        + axis
        + "** takes a different value in most configurations, so it is not averaged per value"
        + (drawn
            ? "; [charts/" + scatter + "](charts/" + scatter + ") plots the score against it"
            : "")
        + ".\n\n";
  }

  /** A scattered axis's values in the axis table: how many, and the least and greatest. */
  static String valueRange(List<String> values) {
    return String.format(
        Locale.ROOT,
        "%d values from `%s` to `%s`",
        values.size(),
        values.get(0),
        values.get(values.size() - 1));
  }
}
