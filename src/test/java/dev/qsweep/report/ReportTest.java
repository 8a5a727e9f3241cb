package dev.qsweep.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentFiles;
import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.report.chart.Charts;
import dev.qsweep.report.chart.Pictures;
import dev.qsweep.run.SweepRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ReportTest {
  @TempDir Path dir;

  private Path fixture() throws IOException {
    Path folder = dir.resolve("fixture");
    Files.createDirectories(folder);
    for (String name : List.of("manifest.json", "trials.csv", "curves.csv", "summary.golden.csv")) {
      try (InputStream in = ReportTest.class.getResourceAsStream("/report-fixture/" + name)) {
        Files.copy(in, folder.resolve(name));
      }
    }
    return folder;
  }

  @Test
  void summary_matchesTheGoldenFile_underAHostileLocale() throws IOException {
    // Surefire runs the suite with a Turkish default locale: a comma decimal separator would
    // show up here first.
    assertEquals("tr", Locale.getDefault().getLanguage());
    Path folder = fixture();
    Report.write(folder);
    assertArrayEquals(
        Files.readAllBytes(folder.resolve("summary.golden.csv")),
        Files.readAllBytes(folder.resolve("summary.csv")));
  }

  @Test
  void summary_ranksByRewardPerMoveThenPenaltiesThenReturn() throws IOException {
    List<ConfigSummary> s = Summary.of(ResultsFolder.load(fixture()));
    // Both reach -1 reward per move with no penalties; Q-learning's policy arrives, SARSA's
    // (after 60 episodes) sometimes does not.
    assertEquals("c001", s.get(0).configId());
    assertEquals(1, s.get(0).rank());
    assertEquals(-14.333333333333334, s.get(0).mean(Score.EXPECTED_RETURN), 1e-12);
    // So the paired test is on the return: differences {0, 187, 187} give t = 2 with 2 degrees of
    // freedom, p = 1 - 1/sqrt(1.5) = 0.1835 (the t(2) tail has a closed form); three replicates
    // cannot tell them apart.
    assertEquals(1 - 1 / Math.sqrt(1.5), s.get(1).pVsBest(), 1e-12);
    assertTrue(s.get(1).tiedWithBest());
  }

  @Test
  void everyChartKind_isAValidPngOfTheExpectedSize_andNotBlank() throws IOException {
    Path folder = fixture();
    Report.write(folder);
    Path charts = folder.resolve("charts");
    List<String> expected =
        List.of(
            "learning-return.png",
            "learning-steps.png",
            "learning-penalties.png",
            "final-scores.png",
            "random-vs-trained.png");
    for (String name : expected) {
      assertPng(charts.resolve(name), Charts.WIDTH, Charts.HEIGHT);
    }
  }

  @Test
  void charts_drawnInParallel_areListedInTheirFixedOrder_andAreTheSameBytesEveryTime()
      throws IOException {
    Path folder = fixture();
    Report.write(folder);
    String md = Files.readString(folder.resolve("report.md"));
    List<String> order =
        List.of(
            "learning-return.png",
            "learning-return-late.png",
            "learning-steps.png",
            "learning-penalties.png",
            "final-scores.png",
            "random-vs-trained.png",
            "policy-map.png",
            "state-visits.png");
    assertTrue(md.contains("charts/" + order.get(0)), md);
    for (int i = 1; i < order.size(); i++) {
      assertTrue(
          md.indexOf("charts/" + order.get(i - 1)) < md.indexOf("charts/" + order.get(i)),
          order.get(i - 1) + " before " + order.get(i));
    }
    Map<String, byte[]> first = new HashMap<>();
    for (String name : order) {
      first.put(name, Files.readAllBytes(folder.resolve("charts").resolve(name)));
    }
    for (int run = 0; run < 3; run++) {
      Report.write(folder);
      for (String name : order) {
        assertArrayEquals(
            first.get(name), Files.readAllBytes(folder.resolve("charts").resolve(name)), name);
      }
    }
  }

  @Test
  void aChartThatCannotBeWritten_failsTheReportWithItsOwnError_andTheOthersAreWritten()
      throws IOException {
    Path folder = fixture();
    // A folder where one chart's file goes: renaming the drawn chart onto it fails.
    Files.createDirectories(folder.resolve("charts/learning-steps.png/in-the-way"));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Report.write(folder));
    assertTrue(e.getMessage().contains("learning-steps.png"), e.getMessage());
    assertPng(folder.resolve("charts/learning-return.png"), Charts.WIDTH, Charts.HEIGHT);
    assertPng(folder.resolve("charts/final-scores.png"), Charts.WIDTH, Charts.HEIGHT);
    assertFalse(Files.exists(folder.resolve("report.md")));
    try (var files = Files.list(folder.resolve("charts"))) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void policyMap_comparesEachLearnersBestTrial_sideBySide() throws IOException {
    Path folder = fixture();
    Report.write(folder);
    // Two CliffWalking maps of 12 x 4 cells of 50 pixels, each in a 624 x 252 frame.
    Pictures.assertPng(folder.resolve("charts/policy-map.png"), 2 * 624, 252);
    String md = Files.readString(folder.resolve("report.md"));
    assertTrue(md.contains("### Policy maps: each learner's best trial"), md);
    assertTrue(md.contains("The greedy policy of c001-r01 (learner q-learning), c002-"), md);
  }

  @Test
  void stateVisits_followThePolicyMap_withEachLearnersBestTrial() throws IOException {
    Path folder = fixture();
    Report.write(folder);
    // Drawn on the policy map's panels: the same two 624 x 252 frames.
    Pictures.assertPng(folder.resolve("charts/state-visits.png"), 2 * 624, 252);
    String md = Files.readString(folder.resolve("report.md"));
    assertTrue(md.contains("### State visits: each learner's best trial"), md);
    assertTrue(md.indexOf("charts/state-visits.png") > md.indexOf("charts/policy-map.png"), md);
  }

  @Test
  void bestTrial_tieOnRewardPerMove_isBrokenByTheNextRankingKeys() throws IOException {
    ConfigSummary qLearning = Summary.of(ResultsFolder.load(fixture())).get(0);
    // Every replicate walks at -1 per move; r00 arrives in 17 steps, r01 in 13.
    assertEquals("c001-r01", qLearning.bestTrialId());
  }

  @Test
  void decayAndHeatmapAndEvaluationCharts_areDrawnWhenTheSweepHasThem() throws IOException {
    Path experiment =
        ExperimentFiles.write(
            dir,
            "Mixed",
            "Grid.builder(\"mixed\").env(\"Taxi-v3\").learner(\"q-learning\")"
                + ".alpha(constant(0.3), exponential(0.9, 0.99, 0.1)).gamma(0.6, 0.9)"
                + ".epsilon(0.1).episodes(300).evalEvery(100).curveBins(10).replicates(3).seed(1)");
    Path out = dir.resolve("mixed");
    SweepRunner.run(
        ExperimentLoader.load(experiment),
        out,
        new SweepRunner.Settings(2, false, 1, 1, false),
        new PrintWriter(new StringWriter()));
    Report.write(out);
    Path charts = out.resolve("charts");
    assertPng(charts.resolve("exact-evaluation.png"), Charts.WIDTH, Charts.HEIGHT);
    assertPng(charts.resolve("heatmap-alpha-gamma.png"), Charts.WIDTH, Charts.HEIGHT);
    assertPng(charts.resolve("schedules-alpha.png"), Charts.WIDTH, 2 * Charts.HEIGHT);
    String md = Files.readString(out.resolve("report.md"));
    for (String section :
        List.of("## Verdict", "## Best configurations", "## Charts", "## Reproduce")) {
      assertTrue(md.contains(section), section);
    }
    try (var list = Files.list(charts)) {
      list.forEach(p -> assertTrue(md.contains("](charts/" + p.getFileName() + ")"), p.toString()));
    }
    assertTrue(md.contains("scripts/qsweep reproduce " + out + " c00"), md);
    assertTrue(
        md.contains("scripts/qsweep train --env Taxi-v3 --learner q-learning --alpha '"), md);
    assertTrue(md.contains("**alpha**, averaged over the other axes"), md);
  }

  @ParameterizedTest
  @CsvSource({"2,c002", "3,c002", "6,c001"})
  void aConfigurationsTrialsApart_areRefusedNamingTheLine(int line, String config)
      throws IOException {
    // Trial ids still sort, but configuration `config` now comes back after another one.
    Path folder = fixture();
    Path trials = folder.resolve("trials.csv");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(trials));
    lines.set(line - 1, lines.get(line - 1).replaceFirst(",c00[12],", "," + config + ","));
    Files.write(trials, lines);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Report.write(folder));
    assertTrue(e.getMessage().startsWith(trials + " line "), e.getMessage());
    assertTrue(e.getMessage().contains("must be together"), e.getMessage());
    assertFalse(Files.exists(folder.resolve("summary.csv")));
  }

  static void assertPng(Path file, int width, int height) throws IOException {
    Pictures.assertPng(file, width, height);
  }
}
