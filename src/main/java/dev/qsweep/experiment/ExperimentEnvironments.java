package dev.qsweep.experiment;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Environments written in Java inside experiments: registered when their experiment is loaded, and
 * reached from the command line by naming the experiment's file as the environment id.
 */
public final class ExperimentEnvironments {
  private static final Map<Path, List<String>> IDS_BY_FILE = new ConcurrentHashMap<>();

  private ExperimentEnvironments() {}

  /**
   * Registers the environments {@code experiment} (loaded from {@code file}) defines, before its
   * grid is built, so the grid can name them.
   *
   * @throws IllegalArgumentException for a null list or entry, or an id that is taken
   */
  static void register(Path file, Experiment experiment) {
    List<TabularEnvironment> environments;
    try {
      environments = experiment.environments();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + ": environments() failed: " + e, e);
    }
    checkArgument(environments != null, "%s: environments() returned null", file);
    List<String> ids = new ArrayList<>();
    for (TabularEnvironment env : environments) {
      checkArgument(env != null, "%s: environments() holds a null", file);
      try {
        Environments.register(env);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
      ids.add(env.id());
    }
    IDS_BY_FILE.put(key(file), List.copyOf(ids));
  }

  /**
   * The environment id that {@code id} stands for: itself, or, for a path ending in {@code .java},
   * the one environment that experiment defines (compiling and loading it).
   *
   * @throws IllegalArgumentException if the file does not load or defines no or several
   *     environments
   */
  public static String resolve(String id) {
    if (!id.endsWith(".java")) {
      return id;
    }
    List<String> ids = load(Path.of(id));
    checkArgument(
        ids.size() == 1,
        "%s defines %s environments (%s); name one by its id after loading, or define one",
        id,
        ids.size(),
        String.join(", ", ids));
    return ids.get(0);
  }

  /** Loads the experiment {@code file} and returns the ids of the environments it registered. */
  public static List<String> load(Path file) {
    ExperimentLoader.load(file);
    return IDS_BY_FILE.getOrDefault(key(file), List.of());
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
