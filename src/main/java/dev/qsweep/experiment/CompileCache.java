package dev.qsweep.experiment;

import com.google.common.hash.Hashing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiled experiments kept between runs, so that running the same experiment again skips javac. An
 * entry is keyed by the SHA-256 of everything the compiler's output can depend on: every {@code
 * .java} file under the experiment's folder (what {@code -sourcepath} may compile), the contents of
 * qsweep's classpath, the JDK, and the compiler's options. Any change to any of them is a different
 * key, so an entry is never stale.
 *
 * <p>The folder is {@code -Dqsweep.cache=DIR}, else {@code $XDG_CACHE_HOME/qsweep/experiments},
 * else {@code ~/.cache/qsweep/experiments}; {@code -Dqsweep.cache=off} turns the cache off. It is
 * used only when it is the user's own and nobody else may write it (created {@code rwx------}). An
 * entry is written to a temporary file and renamed into place, so concurrent runs never see half of
 * one; it ends with the SHA-256 of its contents, so a damaged or truncated entry is ignored and
 * rewritten. The cache never fails a run: on any problem qsweep compiles as if it were off.
 */
final class CompileCache {
  /** The system property naming the cache folder, or {@code off}. */
  static final String PROPERTY = "qsweep.cache";

  private static final String MAGIC = "qsweep compiled experiment v1";
  private static final long MAX_ENTRY_BYTES = 64L << 20;
  private static final int SHA256_BYTES = 32;

  /**
   * What a compilation left: the file's public types, the source files javac compiled (relative to
   * the experiment's folder) and the class files, by binary name.
   */
  record Entry(List<String> publicTypes, List<String> sourceNames, Map<String, byte[]> classes) {}

  private final Path folder;

  /** A cache in {@code folder}; null for none. */
  CompileCache(Path folder) {
    this.folder = folder;
  }

  /** The cache {@code -Dqsweep.cache} or the environment names, or an inactive one. */
  static CompileCache configured() {
    String property = System.getProperty(PROPERTY);
    if ("off".equals(property)) {
      return new CompileCache(null);
    }
    Path base;
    if (property != null && !property.isBlank()) {
      base = Path.of(property);
    } else {
      String xdg = System.getenv("XDG_CACHE_HOME");
      base =
          xdg != null && !xdg.isBlank()
              ? Path.of(xdg, "qsweep", "experiments")
              : Path.of(System.getProperty("user.home"), ".cache", "qsweep", "experiments");
    }
    return new CompileCache(base);
  }

  /**
   * The key of compiling {@code experiment} with {@code options} against {@code classpath}, or
   * empty when the cache is off or the inputs cannot all be hashed ({@link CompileKey}).
   */
  Optional<String> key(Path experiment, List<String> options, String classpath) {
    return folder == null ? Optional.empty() : CompileKey.of(experiment, options, classpath);
  }

  /** The entry under {@code key}, or empty when there is none or it is damaged. */
  Optional<Entry> read(String key) {
    if (folder == null || !safeFolder()) {
      return Optional.empty();
    }
    Path file = folder.resolve(key + ".bin");
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.size(file) > MAX_ENTRY_BYTES) {
        return Optional.empty();
      }
      byte[] all = Files.readAllBytes(file);
      if (all.length < SHA256_BYTES) {
        return Optional.empty();
      }
      int body = all.length - SHA256_BYTES;
      byte[] sum = Hashing.sha256().hashBytes(all, 0, body).asBytes();
      if (!Arrays.equals(sum, 0, SHA256_BYTES, all, body, all.length)) {
        return Optional.empty();
      }
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, body));
      if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) {
        return Optional.empty();
      }
      List<String> publicTypes = readNames(in);
      List<String> sourceNames = readNames(in);
      int count = in.readInt();
      if (count < 0 || count > body) {
        return Optional.empty();
      }
      Map<String, byte[]> classes = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
          return Optional.empty();
        }
        classes.put(name, in.readNBytes(length));
      }
      if (in.available() != 0) {
        return Optional.empty();
      }
      return Optional.of(new Entry(publicTypes, sourceNames, classes));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static List<String> readNames(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("bad count " + count);
    }
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      names.add(in.readUTF());
    }
    return List.copyOf(names);
  }

  /** Keeps {@code entry} under {@code key}, atomically; does nothing if that fails. */
  void write(String key, Entry entry) {
    if (folder == null) {
      return;
    }
    Path temporary = null;
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder, ownerOnly());
      }
      if (!safeFolder()) {
        return;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeUTF(MAGIC);
      out.writeUTF(key);
      writeNames(out, entry.publicTypes());
      writeNames(out, entry.sourceNames());
      out.writeInt(entry.classes().size());
      for (Map.Entry<String, byte[]> c : entry.classes().entrySet()) {
        out.writeUTF(c.getKey());
        out.writeInt(c.getValue().length);
        out.write(c.getValue());
      }
      out.flush();
      byte[] body = bytes.toByteArray();
      out.write(Hashing.sha256().hashBytes(body).asBytes());
      out.flush();
      temporary = Files.createTempFile(folder, key, ".tmp");
      Files.write(temporary, bytes.toByteArray());
      try {
        Files.move(
            temporary,
            folder.resolve(key + ".bin"),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        return; // no half-written entry, ever: keep none
      }
      temporary = null;
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written only costs the next run a compilation.
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // left for the next write to replace; never read (not named .bin)
        }
      }
    }
  }

  private static void writeNames(DataOutputStream out, List<String> names) throws IOException {
    out.writeInt(names.size());
    for (String name : names) {
      out.writeUTF(name);
    }
  }

  /**
   * Whether the folder is a real folder (not a link) that only its owner, this user, may write.
   * Another user who could write it could make qsweep run their classes.
   */
  private boolean safeFolder() {
    try {
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      PosixFileAttributeView view =
          Files.getFileAttributeView(
              folder, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      if (view == null) {
        return true; // not POSIX: the platform's own permissions apply
      }
      PosixFileAttributes attributes = view.readAttributes();
      Set<PosixFilePermission> permissions = attributes.permissions();
      return attributes.owner().getName().equals(System.getProperty("user.name"))
          && !permissions.contains(PosixFilePermission.GROUP_WRITE)
          && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
    };
  }
}
