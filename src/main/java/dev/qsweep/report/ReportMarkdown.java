package dev.qsweep.report;

import dev.qsweep.env.Environments;
import dev.qsweep.env.FileEnvironments;
import dev.qsweep.report.chart.Charts;
import dev.qsweep.run.Columns.Trial;
import dev.qsweep.run.ResultFiles;
import dev.qsweep.run.TrialRecords;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * report.md: what was swept, which configuration won, by how much and how sure we are, the best
 * configurations with confidence intervals, every chart, and the commands that reproduce it.
 */
final class ReportMarkdown {
  private ReportMarkdown() {}

  static String of(
      Path dir,
      ResultsFolder folder,
      List<ConfigSummary> summaries,
      AxisMeans axisMeans,
      List<String> bestTrial,
      List<Charts.Written> charts,
      String searchSection) {
    ResultFiles.Manifest m = folder.manifest();
    List<String> swept = m.sweptAxes();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(m.experiment()).append(": qsweep report\n\n");
    int replicates = m.replicates();
    md.append(
        String.format(
            Locale.ROOT,
            "`%s` swept %d configurations x %d replicates = %d trials (root seed %d; source SHA-256"
                + " `%s`; qsweep %s, Java %s). Every score below is exact: the final greedy policy"
                + " of each trial is evaluated by dynamic programming over the model from every start"
                + " state under the time limit, not by sampled episodes.%n%n",
            m.source(),
            m.configurations(),
            replicates,
            m.trials(),
            m.rootSeed(),
            m.sourceSha256().substring(0, 12),
            m.qsweepVersion(),
            m.javaVersion()));
    ConfigSummary best = summaries.get(0);
    // A search compares only the configurations trained as far as the best (its final rung); a
    // grid's all have budget 0, so this is every configuration.
    List<ConfigSummary> compared = summaries.stream().filter(c -> c.sameBudget(best)).toList();
    if (folder.search()) {
      md.append(SearchMarkdown.intro(m, compared.size() < summaries.size()));
    }
    md.append("| axis | values |\n| --- | --- |\n");
    for (String setting : Summary.SETTINGS.stream().map(c -> c.header()).toList()) {
      List<String> values = AxisValues.natural(summaries, c -> c.settings().get(setting));
      String shown =
          folder.search()
                  && AxisValues.scattered(
                      summaries.stream().map(c -> c.settings().get(setting)).toList())
              ? SearchMarkdown.valueRange(values)
              : String.join(
                  ", ",
                  values.stream().map(v -> v.isEmpty() ? "(defaults)" : "`" + v + "`").toList());
      md.append("| ").append(setting).append(" | ").append(shown).append(" |\n");
    }
    md.append('\n');

    md.append("## Verdict\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "**Best: %s (%s)**, reward per move %s, %s penalties per episode, %s timesteps per trip,"
                + " success probability %s, optimality gap %s (means over %d replicates, 95%% CI in"
                + " brackets).%n%n",
            best.configId(),
            best.label(swept),
            withCi(best, Score.REWARD_PER_MOVE),
            f(best.mean(Score.EXPECTED_PENALTIES)),
            f(best.mean(Score.EXPECTED_STEPS)),
            f(best.mean(Score.SUCCESS_PROBABILITY)),
            f(best.mean(Score.OPTIMALITY_GAP)),
            best.replicates()));
    if (folder.withoutTimeLimit()) {
      md.append(
          String.format(
              Locale.ROOT,
              "No time limit: where an environment has none, the scores are over the infinite"
                  + " horizon, and `never_ends_probability` is the probability that the greedy"
                  + " policy's episode never ends (%s for the best, as a mean). Where it is above 0,"
                  + " return, timesteps and penalties are over the episodes that end (over all"
                  + " episodes the expected timesteps are infinite), and a configuration ranks"
                  + " below every one that ends more often.%n%n",
              f(best.mean(Score.NEVER_ENDS_PROBABILITY))));
    }
    String among = folder.search() ? SearchMarkdown.trainedAsFar(best) : "";
    long tied = summaries.stream().filter(ConfigSummary::tiedWithBest).count() - 1;
    md.append(
        String.format(
            Locale.ROOT,
            "How sure: %d of the other %d configurations%s cannot be told apart from it (paired"
                + " t-test across replicates, which share their start states, on reward per move"
                + " or, where a pair is equal on it, the next ranking key; Holm-corrected, 5%%"
                + " level)%s.%n%n",
            tied,
            compared.size() - 1,
            among,
            tied == 0 && (compared.size() > 1 || !folder.search())
                ? ": the best is significantly better than every other"
                : ""));
    if (folder.search()) {
      md.append(SearchMarkdown.notCompared(summaries, compared));
    }
    if (compared.size() > 1) {
      ConfigSummary worst = compared.get(compared.size() - 1);
      md.append(
          String.format(
              Locale.ROOT,
              "By how much: the worst configuration%s, %s (%s), reaches %s reward per move and %s"
                  + " timesteps per trip.%n%n",
              among,
              worst.configId(),
              worst.label(swept),
              withCi(worst, Score.REWARD_PER_MOVE),
              f(worst.mean(Score.EXPECTED_STEPS))));
    }
    for (String axis : swept) {
      if (folder.search() && AxisValues.scattered(summaries, axis)) {
        // Averages per value over values that hardly repeat are single configurations.
        md.append(SearchMarkdown.scatteredAxis(axis, charts));
      } else {
        axisMeans.appendTable(md, compared, axis, among);
      }
    }

    md.append(searchSection);
    md.append("## Best configurations\n\n");
    boolean never = folder.withoutTimeLimit();
    md.append(
        "| rank | config | settings | reward per move [95% CI] | penalties / episode | timesteps / trip |"
            + " success | optimality gap |"
            + (never ? " never ends |" : "")
            + " tied with best |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- |" + (never ? " --- |" : ""));
    md.append(" --- |\n");
    for (ConfigSummary c : summaries.subList(0, Math.min(10, summaries.size()))) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %s | %s | %s | %s | %s | %s |%s %s |%n",
              c.rank(),
              c.configId(),
              c.label(swept),
              withCi(c, Score.REWARD_PER_MOVE),
              f(c.mean(Score.EXPECTED_PENALTIES)),
              f(c.mean(Score.EXPECTED_STEPS)),
              f(c.mean(Score.SUCCESS_PROBABILITY)),
              f(c.mean(Score.OPTIMALITY_GAP)),
              never ? " " + f(c.mean(Score.NEVER_ENDS_PROBABILITY)) + " |" : "",
              c.rank() == 1
                  ? "best"
                  : !c.sameBudget(best)
                      ? "not compared (" + c.budget() + " episodes)"
                      : c.tiedWithBest() ? "yes" : "no (p = " + p(c.pHolm()) + ")"));
    }
    if (summaries.size() > 10) {
      md.append("\nAll ")
          .append(summaries.size())
          .append(" configurations are in `summary.csv`.\n");
    }
    md.append('\n');

    md.append("## Charts\n\n");
    for (Charts.Written c : charts) {
      md.append("### ").append(c.title()).append("\n\n");
      md.append("![").append(c.title()).append("](charts/").append(c.file()).append(")\n\n");
      md.append(c.caption()).append("\n\n");
    }

    md.append("## Reproduce\n\n");
    md.append("The best trial, re-run and checked metric by metric:\n\n```bash\n");
    md.append("scripts/qsweep reproduce ")
        .append(dir)
        .append(' ')
        .append(cell(bestTrial, Trial.TRIAL_ID))
        .append("\n```\n\n");
    md.append(
        "The same trial with the tutorial's printout (random agent against trained agent):\n\n```bash\n");
    md.append(trainCommand(bestTrial, m.source())).append("\n```\n\n");
    md.append("The whole sweep (files byte for byte identical, at any thread count):\n\n```bash\n");
    md.append("scripts/qsweep sweep ").append(m.source()).append("\n```\n");
    return md.toString();
  }

  private static String trainCommand(List<String> row, String source) {
    StringBuilder cmd = new StringBuilder("scripts/qsweep train");
    String env = cell(row, Trial.ENV);
    // An environment written in Java is named on the command line by its experiment's file.
    boolean user = !Environments.isBuiltIn(env) && !FileEnvironments.isFileId(env);
    cmd.append(" --env ").append(user ? source : env);
    for (Map.Entry<String, String> o :
        TrialRecords.parseOptions(cell(row, Trial.ENV_OPTIONS)).entrySet()) {
      cmd.append(" -o ").append(o.getKey()).append('=').append(o.getValue());
    }
    cmd.append(" --learner ").append(cell(row, Trial.LEARNER));
    cmd.append(" --alpha '").append(cell(row, Trial.ALPHA)).append('\'');
    cmd.append(" --gamma '").append(cell(row, Trial.GAMMA)).append('\'');
    cmd.append(" --epsilon '").append(cell(row, Trial.EPSILON)).append('\'');
    String q0 = cell(row, Trial.INITIAL_Q);
    if (!q0.equals("0")) {
      cmd.append(" --initial-q ").append(q0);
    }
    cmd.append(" --episodes ").append(cell(row, Trial.EPISODES));
    cmd.append(" --seed ").append(cell(row, Trial.SEED));
    cmd.append(" --replicate ").append(cell(row, Trial.REPLICATE));
    return cmd.toString();
  }

  private static String cell(List<String> row, Trial c) {
    return row.get(c.ordinal());
  }

  private static String withCi(ConfigSummary c, Score s) {
    Statistics.Estimate e = c.estimates().get(s);
    if (Double.isNaN(e.ciLow())) {
      return f(e.mean());
    }
    return String.format(Locale.ROOT, "%s [%s, %s]", f(e.mean()), f(e.ciLow()), f(e.ciHigh()));
  }

  static String f(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
  }

  static String p(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return v < 1e-4 ? String.format(Locale.ROOT, "%.1e", v) : String.format(Locale.ROOT, "%.4f", v);
  }
}
