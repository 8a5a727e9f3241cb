package dev.qsweep.report.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.qsweep.report.SearchHistory.Point;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BestSoFarChartTest {
  @TempDir Path dir;

  /** A search that climbs from -1 to {@code end}. */
  private static BestSoFarChart.Line search(String label, double end) {
    return new BestSoFarChart.Line(
        label, List.of(new Point(1000, -1, "c001", 100), new Point(5000, end, "c002", 300)));
  }

  private static final BestSoFarChart.Reference GRID =
      new BestSoFarChart.Reference("grid", 20_000, 0.6064);

  @Test
  void zoomBand_coversTheEnds_padded_whenTheyAreTooCloseToTellApart() {
    double[] band =
        BestSoFarChart.zoomBand(
            List.of(search("halving", 0.6055), search("genetic", 0.6067)), List.of(GRID));
    assertArrayEquals(new double[] {0.6049, 0.6073, 0.6055, 0.6067}, band, 1e-12);
  }

  @Test
  void zoomBand_isNone_forOneLine_equalEnds_orEndsFarApart() {
    assertNull(BestSoFarChart.zoomBand(List.of(search("halving", 0.6)), List.of()));
    assertNull(BestSoFarChart.zoomBand(List.of(search("a", 0.6064)), List.of(GRID)), "equal ends");
    // Ends 0.4 apart on a scale of 1.6: the full chart already tells them apart.
    assertNull(BestSoFarChart.zoomBand(List.of(search("a", 0.2), search("b", 0.6)), List.of()));
  }

  @Test
  void write_addsAZoomPanelBelow_onlyWhenTheEndsAreClose() throws IOException {
    Path close = dir.resolve("close.png");
    BestSoFarChart.write(
        List.of(search("halving", 0.6055), search("genetic", 0.6067)), List.of(GRID), close);
    Pictures.assertPng(close, Charts.WIDTH, 2 * Charts.HEIGHT);
    Path apart = dir.resolve("apart.png");
    BestSoFarChart.write(List.of(search("a", 0.2), search("b", 0.6)), List.of(), apart);
    Pictures.assertPng(apart, Charts.WIDTH, Charts.HEIGHT);
  }
}
