package dev.qsweep.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CompileKeyTest {
  @TempDir Path dir;

  @Test
  void anyByteOfAClasspathFileChanged_sameLength_isANewKey() throws IOException {
    Path experiment = dir.resolve("exp/E.java");
    Files.createDirectories(experiment.getParent());
    Files.writeString(experiment, "class E {}");
    Path jar = dir.resolve("lib.jar");
    byte[] bytes = new byte[100_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Files.write(jar, bytes);
    String before = CompileKey.of(experiment, List.of("-g"), jar.toString()).orElseThrow();
    assertEquals(before, CompileKey.of(experiment, List.of("-g"), jar.toString()).orElseThrow());
    for (int at : new int[] {0, 4_096, bytes.length - 1}) {
      byte[] edited = bytes.clone();
      edited[at] ^= 1;
      Files.write(jar, edited);
      assertNotEquals(
          before,
          CompileKey.of(experiment, List.of("-g"), jar.toString()).orElseThrow(),
          "byte " + at);
    }
    Files.write(jar, bytes);
    assertEquals(before, CompileKey.of(experiment, List.of("-g"), jar.toString()).orElseThrow());
    assertNotEquals(before, CompileKey.of(experiment, List.of("-O"), jar.toString()).orElseThrow());
  }
}
