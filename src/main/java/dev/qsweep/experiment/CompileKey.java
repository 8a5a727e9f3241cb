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

/**
 * The key of one compilation of an experiment in {@link CompileCache}: the SHA-256 of everything
 * javac's output can depend on, so that any change to any of it is another key.
 */
final class CompileKey {
  // Beyond these the folder is not hashed (say, an experiment saved in a home folder): no cache.
  private static final int MAX_FILES_VISITED = 2_000;
  private static final String VERSION = "qsweep compile key v1";

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
      h.putBytes(Hashing.sha256().hashBytes(Files.readAllBytes(root)).asBytes());
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
      h.putBytes(Hashing.sha256().hashBytes(Files.readAllBytes(e.getValue())).asBytes());
    }
    return true;
  }

  private static void put(Hasher h, String text) {
    h.putInt(text.length()).putString(text, StandardCharsets.UTF_8);
  }
}
