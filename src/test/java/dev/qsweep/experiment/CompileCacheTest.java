package dev.qsweep.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CompileCacheTest {
  private static final String CHAIN =
      "Grid.builder(\"%s\").env(\"FrozenLake-v1\").learner(\"q-learning\")"
          + ".alpha(0.1).gamma(0.9).epsilon(0.1).episodes(5)";

  @TempDir Path sources;
  @TempDir Path cacheDir;

  private CompileCache cache() {
    return new CompileCache(cacheDir.resolve("experiments"));
  }

  private List<Path> entries() throws IOException {
    Path folder = cacheDir.resolve("experiments");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void load_twice_keepsOneEntryAndGivesTheSameExperiment() throws IOException {
    Path file = ExperimentFiles.write(sources, "Kept", String.format(CHAIN, "kept"));
    ExperimentLoader.Loaded first = ExperimentLoader.load(file, cache());
    assertEquals(1, entries().size());
    assertTrue(entries().get(0).getFileName().toString().endsWith(".bin"));
    ExperimentLoader.Loaded second = ExperimentLoader.load(file, cache());
    assertEquals(first.sha256(), second.sha256());
    assertEquals(first.className(), second.className());
    assertEquals("kept", second.grid().name());
    assertEquals(first.grid().trialCount(), second.grid().trialCount());
    assertEquals(1, entries().size());
  }

  @Test
  void load_withAnEntryUnderItsKey_takesTheEntryWithoutCompiling() throws IOException {
    // Another experiment's classes, forged under this file's key: what loads is the entry's.
    Path other = Files.createDirectory(sources.resolve("other"));
    Path forged = ExperimentFiles.write(other, "Same", String.format(CHAIN, "from-the-cache"));
    ExperimentLoader.load(forged, new CompileCache(cacheDir.resolve("scratch")));
    Path file = ExperimentFiles.write(sources, "Same", String.format(CHAIN, "compiled"));
    cache().write(keyOf(file), scratchRead(keyOf(forged)));
    assertEquals("from-the-cache", ExperimentLoader.load(file, cache()).grid().name());
  }

  @Test
  void editedSource_orNewFileBesideIt_isANewKey_neverAStaleClass() throws IOException {
    Path file = ExperimentFiles.write(sources, "Edited", String.format(CHAIN, "before"));
    String before = keyOf(file);
    assertEquals("before", ExperimentLoader.load(file, cache()).grid().name());
    ExperimentFiles.write(sources, "Edited", String.format(CHAIN, "after"));
    assertNotEquals(before, keyOf(file));
    assertEquals("after", ExperimentLoader.load(file, cache()).grid().name());
    String edited = keyOf(file);
    Files.writeString(sources.resolve("Helper.java"), "final class Helper {}\n");
    assertNotEquals(edited, keyOf(file));
    assertEquals(2, entries().size());
  }

  @Test
  void damagedEntries_areIgnoredAndRewritten() throws IOException {
    Path file = ExperimentFiles.write(sources, "Damaged", String.format(CHAIN, "damaged"));
    ExperimentLoader.load(file, cache());
    Path entry = entries().get(0);
    byte[] good = Files.readAllBytes(entry);
    List<UnaryOperator<byte[]>> damages =
        List.of(
            b -> new byte[0],
            b -> Arrays.copyOf(b, b.length / 2),
            b -> Arrays.copyOf(b, b.length - 1),
            b -> flip(b, b.length / 2),
            b -> flip(b, 3),
            b -> flip(b, b.length - 1),
            b ->
                "not an entry at all, but long enough to hold a checksum"
                    .getBytes(StandardCharsets.UTF_8));
    for (UnaryOperator<byte[]> damage : damages) {
      Files.write(entry, damage.apply(good.clone()));
      assertEquals(Optional.empty(), cache().read(keyOf(file)));
      assertEquals("damaged", ExperimentLoader.load(file, cache()).grid().name());
      assertTrue(Arrays.equals(good, Files.readAllBytes(entry)), "rewritten");
    }
  }

  @Test
  void folderOthersMayWrite_isNotUsed() throws IOException {
    Path folder = Files.createDirectory(cacheDir.resolve("experiments"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path file = ExperimentFiles.write(sources, "Open", String.format(CHAIN, "open"));
    assertEquals("open", ExperimentLoader.load(file, cache()).grid().name());
    assertEquals(List.of(), entries());
  }

  @Test
  void newFolder_isTheOwnersAlone() throws IOException {
    Path file = ExperimentFiles.write(sources, "Private", String.format(CHAIN, "private"));
    ExperimentLoader.load(file, cache());
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(cacheDir.resolve("experiments"))));
  }

  @Test
  void off_keepsNothing() throws IOException {
    Path file = ExperimentFiles.write(sources, "Off", String.format(CHAIN, "off"));
    CompileCache off = new CompileCache(null);
    assertEquals(Optional.empty(), off.key(file, List.of(), ""));
    assertEquals("off", ExperimentLoader.load(file, off).grid().name());
    assertEquals(List.of(), entries());
  }

  private static byte[] flip(byte[] bytes, int at) {
    bytes[at] ^= 0x20;
    return bytes;
  }

  private String keyOf(Path file) {
    // The key as ExperimentCompiler computes it, from the same inputs.
    return cache()
        .key(file, ExperimentCompiler.options(file), ExperimentCompiler.classpath())
        .orElseThrow();
  }

  private CompileCache.Entry scratchRead(String key) {
    return new CompileCache(cacheDir.resolve("scratch")).read(key).orElseThrow();
  }
}
