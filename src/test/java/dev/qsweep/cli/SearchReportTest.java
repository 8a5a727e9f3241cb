package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.Splitter;
import dev.qsweep.report.chart.Charts;
import dev.qsweep.report.chart.Pictures;
import dev.qsweep.util.Csv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A search's report: the verdict compares only configurations trained to the best's budget, the
 * Stages table and history.csv add up, the search charts are drawn (and drawn the same twice), and
 * {@code qsweep compare} puts searches and a grid side by side.
 */
final class SearchReportTest {
  @TempDir static Path dir;

  static Path grid;
  static Path halving;
  static Path random;
  static Path hyperband;

  @BeforeAll
  static void sweep() throws IOException {
    grid = sweep("grid");
    halving = sweep("halving");
    random = sweep("random");
    hyperband = sweep("hyperband");
  }

  private static Path sweep(String kind) throws IOException {
    Path source = dir.resolve(kind);
    Files.createDirectories(source);
    Path experiment = SearchExperiments.write(source, "Search", kind);
    Path out = dir.resolve(kind + "-results");
    CliRun run = CliRun.of("sweep", experiment.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    return out;
  }

  private static List<Map<String, String>> rows(Path file) {
    Csv.Table t = Csv.read(file);
    return t.rows().stream()
        .map(
            r -> {
              Map<String, String> m = new TreeMap<>();
              for (int i = 0; i < r.size(); i++) {
                m.put(t.header().get(i), r.get(i));
              }
              return m;
            })
        .toList();
  }

  @Test
  void halving_testsOnlyTheConfigurationsTrainedToTheBestsBudget() {
    List<Map<String, String>> summary = rows(halving.resolve("summary.csv"));
    String bestBudget = summary.get(0).get("budget");
    assertEquals("300", bestBudget);
    int stopped = 0;
    for (Map<String, String> row : summary.subList(1, summary.size())) {
      if (row.get("budget").equals(bestBudget)) {
        assertFalse(row.get("p_holm").equals("nan"), row.toString());
      } else {
        stopped++;
        assertEquals("nan", row.get("p_vs_best"), row.toString());
        assertEquals("nan", row.get("p_holm"), row.toString());
        assertEquals("false", row.get("tied_with_best"), row.toString());
      }
    }
    assertTrue(stopped > 0, "halving stops some configurations early");
  }

  @Test
  void grid_summaryHasNoSearchColumns_andNoHistory() throws IOException {
    String header = Files.readAllLines(grid.resolve("summary.csv")).get(0);
    assertTrue(header.endsWith(",p_vs_best,p_holm,tied_with_best"), header);
    assertFalse(Files.exists(grid.resolve("history.csv")));
    assertFalse(Files.readString(grid.resolve("report.md")).contains("## Stages"));
  }

  @Test
  void halving_historyAddsUpToTotalEnvSteps_andTheStagesTableCountsPromotions() throws IOException {
    long steps = 0;
    for (Map<String, String> row : rows(halving.resolve("history.csv"))) {
      steps += Long.parseLong(row.get("env_steps"));
    }
    assertTrue(
        Files.readString(halving.resolve("manifest.json"))
            .contains("\"total_env_steps\": " + steps + ","));
    String md = Files.readString(halving.resolve("report.md"));
    // SuccessiveHalving(6 configurations, min 30, max 300, eta 3): 6 x 33, 2 x 100... as planned;
    // each rung promotes what the next one trains.
    assertTrue(md.contains("## Stages"), md);
    assertTrue(md.contains("| rung | budget (episodes) | configurations | promoted |"), md);
    List<String> stageRows =
        md.lines().filter(l -> l.matches("\\| [0-9] \\| [0-9,]+ \\| [0-9]+ \\| .*")).toList();
    assertTrue(stageRows.size() >= 2, md);
    for (int i = 0; i + 1 < stageRows.size(); i++) {
      String promoted = Splitter.on(" | ").splitToList(stageRows.get(i)).get(3);
      String nextConfigurations = Splitter.on(" | ").splitToList(stageRows.get(i + 1)).get(2);
      assertEquals(nextConfigurations, promoted, stageRows.toString());
    }
    assertTrue(md.contains("not compared ("), md);
    assertTrue(md.contains("stopped by the search at smaller budgets"), md);
  }

  @Test
  void hyperband_stagesTable_groupsEachBracketsRungs_asItsSettingsNumberThem() throws IOException {
    String md = Files.readString(hyperband.resolve("report.md"));
    // Hyperband(space, min 30, eta 3) over 300 episodes: brackets s=2, s=1, s=0.
    assertTrue(md.contains("| bracket | rung | budget (episodes) |"), md);
    List<List<String>> rows =
        md.lines()
            .filter(l -> l.startsWith("| s="))
            .map(l -> Splitter.on(" | ").splitToList(l.substring(2)))
            .toList();
    List<String> brackets = rows.stream().map(r -> r.get(0)).toList();
    assertEquals(List.of("s=2", "s=2", "s=2", "s=1", "s=1", "s=0"), brackets, rows.toString());
    // Within a bracket, the rungs count up and each promotes what the next one trains.
    for (int i = 0; i + 1 < rows.size(); i++) {
      if (rows.get(i).get(0).equals(rows.get(i + 1).get(0))) {
        assertEquals(
            Integer.parseInt(rows.get(i).get(1)) + 1, Integer.parseInt(rows.get(i + 1).get(1)));
        assertEquals(rows.get(i + 1).get(3), rows.get(i).get(4), rows.toString());
      } else {
        assertEquals("0", rows.get(i).get(4), "a bracket's last rung promotes none");
      }
    }
  }

  @Test
  void searchCharts_areDrawn_andTheSameBytesWhenReportedAgain() throws IOException {
    Path charts = halving.resolve("charts");
    Pictures.assertPng(charts.resolve("best-so-far.png"), Charts.WIDTH, Charts.HEIGHT);
    for (String p : List.of("alpha", "gamma", "epsilon")) {
      Pictures.assertPng(
          random.resolve("charts").resolve("scatter-" + p + ".png"), Charts.WIDTH, Charts.HEIGHT);
      assertTrue(Files.readString(random.resolve("report.md")).contains("scatter-" + p + ".png"));
    }
    // Halving over a grid: values repeat, the heatmaps show them; no scatter.
    assertFalse(Files.exists(charts.resolve("scatter-alpha.png")));
    assertTrue(
        Files.readString(random.resolve("report.md")).contains("on a log scale"),
        "epsilon is log-uniform in the fixture's space");
    byte[] before = Files.readAllBytes(charts.resolve("best-so-far.png"));
    byte[] scatter = Files.readAllBytes(random.resolve("charts/scatter-epsilon.png"));
    assertEquals(0, CliRun.of("report", halving.toString()).exitCode());
    assertEquals(0, CliRun.of("report", random.toString()).exitCode());
    assertArrayEquals(before, Files.readAllBytes(charts.resolve("best-so-far.png")));
    assertArrayEquals(scatter, Files.readAllBytes(random.resolve("charts/scatter-epsilon.png")));
  }

  @Test
  void searchOverRanges_hasNoHeatmapsOrPerValueTables_aSearchOverAGridKeepsThem()
      throws IOException {
    String md = Files.readString(random.resolve("report.md"));
    for (String p : List.of("alpha", "gamma", "epsilon")) {
      assertTrue(md.contains("**" + p + "** takes a different value in most configurations"), p);
      assertFalse(md.contains("**" + p + "**, averaged over the other axes"), p);
      assertTrue(
          md.matches("(?s).*\\| " + p + " \\| \\d+ values from `[^`]+` to `[^`]+` \\|.*"), p);
    }
    try (var files = Files.list(random.resolve("charts"))) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("heatmap-")));
    }
    String halvingMd = Files.readString(halving.resolve("report.md"));
    assertTrue(halvingMd.contains("| alpha | `0.1`, `0.5`, `0.9` |"), halvingMd);
    assertTrue(Files.exists(halving.resolve("charts/heatmap-alpha-gamma.png")));
  }

  @Test
  void halving_learningCurves_showOnlyConfigurationsTrainedAsFarAsTheBest() throws IOException {
    List<Map<String, String>> summary = rows(halving.resolve("summary.csv"));
    String bestBudget = summary.get(0).get("budget");
    long full = summary.stream().filter(r -> r.get("budget").equals(bestBudget)).count();
    assertTrue(
        full < Math.min(5, summary.size()), "the fixture stops some below the best's budget");
    String md = Files.readString(halving.resolve("report.md"));
    assertTrue(md.contains("The " + full + " best configurations; each point"), md);
    assertFalse(md.contains("The 5 best configurations"));
  }

  @Test
  void compare_printsATableAgainstTheGrid_andDrawsOneChart() throws IOException {
    Path png = dir.resolve("compare.png");
    CliRun run =
        CliRun.of(
            "compare",
            "--out",
            png.toString(),
            grid.toString(),
            halving.toString(),
            random.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("| results | strategy |"), run.out());
    assertTrue(lines.get(2).contains("| grid | 6 |") && lines.get(2).contains("1.000x"), run.out());
    assertTrue(lines.get(3).contains("| halving |"), run.out());
    assertTrue(lines.get(4).contains("| random |"), run.out());
    Pictures.assertPng(png, Charts.WIDTH, Charts.HEIGHT);
    byte[] first = Files.readAllBytes(png);
    CliRun.of(
        "compare", "--out", png.toString(), grid.toString(), halving.toString(), random.toString());
    assertArrayEquals(first, Files.readAllBytes(png));
  }

  @Test
  void compare_ofTwoFoldersOfOneSearch_tellsThemApartByFolder() throws IOException {
    Path rerun = copy(halving, "halving-again");
    Path png = dir.resolve("twice.png");
    CliRun run =
        CliRun.of(
            "compare",
            "--out",
            png.toString(),
            grid.toString(),
            halving.toString(),
            rerun.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains(rerun.toString()), run.out());
    Pictures.assertPng(png, Charts.WIDTH, Charts.HEIGHT);
  }

  private static Path copy(Path from, String name) throws IOException {
    Path to = dir.resolve(name);
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to;
  }

  @ParameterizedTest
  @CsvSource({
    "1, 5, 1, adds up to",
    "1, 5, many, is not a number",
    "1, 2, 3.5, is not a number",
    "2, 6, x, is not a number",
    "0, 5, steps, columns of another qsweep version",
  })
  void report_refusesADamagedHistory_inOneLine_writingNothing(
      int line, int column, String value, String says) throws IOException {
    Path folder = copy(halving, "damaged-" + line + "-" + column + "-" + value);
    Path history = folder.resolve("history.csv");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(history));
    List<String> cells = new java.util.ArrayList<>(Splitter.on(',').splitToList(lines.get(line)));
    cells.set(column, value);
    lines.set(line, String.join(",", cells));
    Files.write(history, lines);
    byte[] summary = Files.readAllBytes(folder.resolve("summary.csv"));
    CliRun run = CliRun.of("report", folder.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(
        run.errorLine().contains("history.csv") && run.errorLine().contains(says), run.err());
    assertArrayEquals(summary, Files.readAllBytes(folder.resolve("summary.csv")));
  }

  @Test
  void report_refusesAHistoryWithARowMissing() throws IOException {
    Path folder = copy(halving, "short");
    Path history = folder.resolve("history.csv");
    List<String> lines = Files.readAllLines(history);
    Files.write(history, lines.subList(0, lines.size() - 1));
    CliRun run = CliRun.of("report", folder.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.errorLine().contains("adds up to"), run.err());
  }

  @Test
  void compare_refusesBadInput_inOneLine() throws IOException {
    Path noHistory = copy(halving, "no-history");
    Files.delete(noHistory.resolve("history.csv"));
    Path empty = dir.resolve("empty");
    Files.createDirectories(empty);
    String png = dir.resolve("c.png").toString();
    String[][] cases = {
      {"--out", png, dir.resolve("missing").toString()},
      {"--out", png, empty.toString()},
      {"--out", dir.resolve("c.txt").toString(), grid.toString()},
      {"--out", dir.resolve("no/such/folder/c.png").toString(), grid.toString()},
      {"--out", png, grid.toString(), noHistory.toString()},
      {"--out", png, grid.toString(), halving.toString(), grid.toString()},
    };
    String[] says = {"missing", "manifest.json", ".png", "folder", "history.csv", "given twice"};
    for (int i = 0; i < cases.length; i++) {
      String[] args = new String[cases[i].length + 1];
      args[0] = "compare";
      System.arraycopy(cases[i], 0, args, 1, cases[i].length);
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.errorLine().contains(says[i]), says[i] + ": " + run.err());
      assertFalse(Files.exists(Path.of(png)), "nothing written");
    }
  }
}
