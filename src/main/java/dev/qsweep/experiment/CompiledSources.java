package dev.qsweep.experiment;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/**
 * Every source file javac compiled for an experiment (the experiment itself and the files beside it
 * that it uses, which {@code -sourcepath} compiles on demand), and the SHA-256 that stands for them
 * in the manifest, so that resuming after an edit of any of them is refused.
 */
final class CompiledSources implements TaskListener {
  private final TreeMap<String, Path> files = new TreeMap<>();
  private final Path experiment;
  private final Path folder;

  CompiledSources(Path experiment) {
    this.experiment = experiment.toAbsolutePath().normalize();
    this.folder = this.experiment.getParent();
  }

  /** Whether {@code source} is the experiment's own file (not one compiled beside it). */
  boolean isExperiment(JavaFileObject source) {
    return source != null
        && Path.of(source.toUri()).toAbsolutePath().normalize().equals(experiment);
  }

  @Override
  public void finished(TaskEvent e) {
    if (e.getKind() == TaskEvent.Kind.PARSE && e.getSourceFile() != null) {
      Path file = Path.of(e.getSourceFile().toUri()).toAbsolutePath().normalize();
      files.put(folder.relativize(file).toString().replace('\\', '/'), file);
    }
  }

  /** Records the files a kept compilation compiled ({@link #names()} of that compilation). */
  void restore(List<String> names) {
    for (String name : names) {
      files.put(name, folder.resolve(name).normalize());
    }
  }

  /** The compiled files, by path relative to the experiment's folder, in name order. */
  List<String> names() {
    return List.copyOf(files.keySet());
  }

  /**
   * The SHA-256 of the experiment: of its bytes alone when it is the only file compiled (as before,
   * so existing manifests still match), otherwise of every compiled file's relative path and
   * SHA-256, in name order.
   */
  String sha256(byte[] experimentBytes) {
    if (files.size() <= 1) {
      return Hashing.sha256().hashBytes(experimentBytes).toString();
    }
    Hasher all = Hashing.sha256().newHasher();
    for (var e : files.entrySet()) {
      try {
        String sha = Hashing.sha256().hashBytes(Files.readAllBytes(e.getValue())).toString();
        all.putString(e.getKey() + "\n" + sha + "\n", StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return all.hash().toString();
  }
}
