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
 * reached from the command line by naming the experiment's file as the environment id, or the file
 * of a public class that implements {@link TabularEnvironment} and nothing else.
 */
public final class ExperimentEnvironments {
  private static final Map<Path, List<String>> IDS_BY_FILE = new ConcurrentHashMap<>();

  private ExperimentEnvironments() {}

  /**
   * Registers the environments {@code experiment} (loaded from {@code file}) defines, before its
   * grid (or search space) is built, so it can name them.
   *
   * @throws IllegalArgumentException for a null list or entry, or an id that is taken
   */
  static void register(Path file, Sweepable experiment) {
    List<TabularEnvironment> environments;
    try {
      environments = experiment.environments();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + ": environments() failed: " + e, e);
    }
    checkArgument(environments != null, "%s: environments() returned null", file);
    register(file, environments);
  }

  /** Registers {@code environments}, defined in {@code file}. */
  private static void register(Path file, List<TabularEnvironment> environments) {
    List<String> ids = new ArrayList<>();
    for (TabularEnvironment env : environments) {
      checkArgument(env != null, "%s: environments() holds a null", file);
      try {
        Environments.register(env);
      } catch (UserCodeException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      } catch (RuntimeException e) {
        // id(), stateCount() or maxEpisodeSteps() of the user's class threw.
        throw UserCodeException.failure(env.getClass(), "registering its environment", e);
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

  /**
   * Loads {@code file} and returns the ids of the environments it registered: an experiment's
   * {@code environments()}, or the one environment of a file whose public class is a {@link
   * TabularEnvironment} (a file that only defines an environment, with no grid).
   */
  public static List<String> load(Path file) {
    ExperimentLoader.Created created = ExperimentLoader.create(file);
    if (created.instance() instanceof Sweepable) {
      ExperimentLoader.load(file, created);
    } else {
      register(file, List.of((TabularEnvironment) created.instance()));
    }
    return IDS_BY_FILE.getOrDefault(key(file), List.of());
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
