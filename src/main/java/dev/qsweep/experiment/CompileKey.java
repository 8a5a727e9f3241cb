package dev.qsweep.experiment;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The key of one compilation of an experiment in {@link CompileCache}: the SHA-256 of everything
 * javac's output can depend on, so that any change to any of it is another key.
 */
/*
 * Implementation note. Each file enters the key as its length and two 32-bit checksums of its
 * bytes (CRC-32C and CRC-32, 64 bits together), not as its SHA-256: the key is computed on every
 * run, first thing, before the JIT has compiled anything, and SHA-256 of qsweep's 10 MB jar took
 * 126 to 136 ms there (the digest runs as plain Java until C2 compiles it), the checksums 4 ms
 * (both run as intrinsics or native code from the start). The key guards against stale classes
 * after an edit or a rebuild, not against an adversary (who could as well edit the cache), and an
 * edit that keeps a file's length and both checksums has odds of about 2^-64.
 */
final class CompileKey {
  // Beyond these the folder is not hashed (say, an experiment saved in a home folder): no cache.
  private static final int MAX_FILES_VISITED = 2_000;
  private static final String VERSION = "qsweep compile key v2";

  private CompileKey() {}

  /**
   * The key of compiling {@code experiment} with {@code options} against {@code classpath}: its
   * file name, every {@code .java} file under its folder, each classpath entry's contents, the JDK
   * and the options. Empty when they cannot all be hashed.
   */
  static Optional<String> of(Path experiment, List<String> options, String classpath) {
    try {
      Path file = experiment.toAbsolutePath().normalize();
      Path sources = file.getParent();
      Hasher h = Hashing.sha256().newHasher();
      put(h, VERSION);
      put(h, file.getFileName().toString());
      for (String property : List.of("java.home", "java.vm.vendor", "java.vm.version")) {
        put(h, property + "=" + System.getProperty(property));
      }
      for (String option : options) {
        put(h, option);
      }
      for (String entry : classpath.split(File.pathSeparator, -1)) {
        if (!entry.isEmpty() && !hashTree(h, Path.of(entry))) {
          return Optional.empty();
        }
      }
      put(h, "sources");
      if (!hashTree(h, sources)) {
        return Optional.empty();
      }
      return Optional.of(h.hash().toString());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Hashes {@code root}: a file's contents, or a folder's files (path and contents, in name order;
   * in a source folder only its {@code .java} files). False when there are too many to hash.
   */
  private static boolean hashTree(Hasher h, Path root) throws IOException {
    put(h, "root " + root);
    if (!Files.exists(root)) {
      put(h, "missing");
      return true;
    }
    if (!Files.isDirectory(root)) {
      putFile(h, root);
      return true;
    }
    TreeMap<String, Path> files = new TreeMap<>();
    int visited = 0;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (++visited > MAX_FILES_VISITED) {
          return false;
        }
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if ((name.endsWith(".java") || name.endsWith(".class") || name.endsWith(".jar"))
            && Files.isRegularFile(p)) {
          files.put(root.relativize(p).toString().replace('\\', '/'), p);
        }
      }
    }
    for (Map.Entry<String, Path> e : files.entrySet()) {
      put(h, e.getKey());
      putFile(h, e.getValue());
    }
    return true;
  }

  private static void putFile(Hasher h, Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CRC32C c = new CRC32C();
    c.update(bytes);
    CRC32 d = new CRC32();
    d.update(bytes);
    h.putLong(bytes.length).putLong(c.getValue()).putLong(d.getValue());
  }

  private static void put(Hasher h, String text) {
    h.putInt(text.length()).putString(text, StandardCharsets.UTF_8);
  }
}
