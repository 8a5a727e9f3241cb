package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.util.HostileLocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** manifest.json: the kept manifests read and write back byte for byte; damage is refused. */
@ExtendWith(HostileLocale.class)
final class ManifestJsonTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "results/tutorial-grid/manifest.json",
        "results/decay-schedules/manifest.json",
        "results/tutorial-halving/manifest.json",
        "src/test/resources/report-fixture/manifest.json"
      })
  void keptManifest_readsAndWritesBackByteForByte(String path) throws IOException {
    Path file = Path.of(path);
    ResultFiles.Manifest manifest = ResultFiles.Manifest.read(file);
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), manifest.toJson());
  }

  @Test
  void manifest_matchesItsGoldenFile() throws IOException {
    ResultFiles.Manifest manifest =
        new ResultFiles.Manifest(
            "tutorial-grid",
            "experiments/TutorialGrid.java",
            "effa66f4dad1863a2cd96fd591d635019b543e6ae43f998aa904ed7fee70b3d1",
            "TutorialGrid",
            2018,
            80,
            10,
            800,
            List.of("alpha", "gamma", "epsilon"),
            "grid",
            java.util.Map.of("configurations", "80"),
            70_519_637L,
            "1/1",
            "0.1.0-SNAPSHOT",
            "17.0.15");
    assertEquals(
        Files.readString(Path.of("src/test/resources/golden/manifest.json")), manifest.toJson());
  }

  @Test
  void manifest_oddTextRoundTrips(@TempDir Path dir) throws IOException {
    ResultFiles.Manifest manifest =
        new ResultFiles.Manifest(
            "ı-grid",
            "dir with \"quotes\"\\and\ttab/Ğrid.java",
            "00",
            "my.lab.Ğrid",
            Long.MIN_VALUE,
            Integer.MAX_VALUE,
            1,
            0,
            List.of(),
            "halving",
            java.util.Map.of("eta", "3", "odd \"key\"", "ı"),
            Long.MAX_VALUE,
            "2/3",
            "x",
            "y");
    Path file = dir.resolve("manifest.json");
    Files.writeString(file, manifest.toJson());
    assertEquals(manifest, ResultFiles.Manifest.read(file));
    assertTrue(manifest.toJson().contains("\"swept_axes\": [], "), manifest.toJson());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Each replaces the first text with the second in a good manifest.
        "'\"root_seed\": 2018'|'\"root_seed\": \"2018\"'|root_seed",
        "'\"root_seed\": 2018'|'\"root_seed\": 2018.5'|root_seed",
        "'\"trials\": 800'|'\"trials\": 99999999999'|trials",
        "'\"trials\": 800, '|''|trials",
        "'\"shard\": \"1/1\"'|'\"shard\": null'|shard",
        "'\"total_env_steps\": 70519637'|'\"total_env_steps\": \"many\"'|total_env_steps",
        "'\"strategy\": \"grid\", '|''|strategy",
        "'{\"configurations\": \"80\"}'|'[\"80\"]'|strategy_settings",
        "'\"shard\": \"1/1\"'|'\"shard\": \"1/1\", \"extra\": 1'|extra",
        "'\"swept_axes\": [\"alpha\", \"gamma\", \"epsilon\"]'|'\"swept_axes\": \"alpha\"'|swept_axes",
        "'}'|'}}'|",
        "'}'|''|",
        "'{'|'['|",
      })
  void damagedManifest_isRefusedInOneLineNamingTheFile(
      String was, String now, String field, @TempDir Path dir) throws IOException {
    String good = Files.readString(Path.of("results/tutorial-grid/manifest.json"));
    assertTrue(good.contains(was), was);
    Path file = dir.resolve("manifest.json");
    Files.writeString(file, good.replaceFirst(java.util.regex.Pattern.quote(was), now));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ResultFiles.Manifest.read(file));
    assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("not a qsweep manifest"), e.getMessage());
    assertTrue(field == null || e.getMessage().contains(field), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void missingOrEmptyManifest_isRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("manifest.json");
    assertEquals(
        "missing file " + file,
        assertThrows(IllegalArgumentException.class, () -> ResultFiles.Manifest.read(file))
            .getMessage());
    Files.writeString(file, "");
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ResultFiles.Manifest.read(file))
            .getMessage()
            .startsWith(file + ":"));
  }
}
