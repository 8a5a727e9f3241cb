package dev.qsweep.experiment;

import com.google.common.base.Preconditions;
import dev.qsweep.env.TabularEnvironment;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Compiles an experiment's Java file in-process against qsweep's own classes and builds its grid:
 * no rebuild of qsweep, no edit anywhere else. The experiment's code is the user's: whatever it
 * throws is reported as a {@link UserCodeException}, naming the line of the file that threw.
 */
public final class ExperimentLoader {
  /**
   * A loaded experiment.
   *
   * @param source the file as given
   * @param sha256 SHA-256 of the file's bytes, hex (of every compiled file when it uses others
   *     beside it; see {@link CompiledSources})
   * @param className the experiment's class
   * @param sweep what it built: its grid, or the space it searches
   * @param experiment the experiment itself (a search asks it for its strategy)
   */
  public record Loaded(
      Path source, String sha256, String className, Sweep sweep, Sweepable experiment) {
    /**
     * The grid it built.
     *
     * @throws IllegalStateException for an experiment that searches a space instead (a bug: only a
     *     grid's path asks)
     */
    public Grid grid() {
      if (!(sweep instanceof Grid grid)) {
        throw new IllegalStateException(source + " searches a space; it has no grid");
      }
      return grid;
    }
  }

  private ExperimentLoader() {}

  /**
   * Compiles {@code file}, instantiates its public class and builds its grid.
   *
   * @throws IllegalArgumentException for a missing or unreadable file, a compile error (with file
   *     and line), a class that is not a public, concrete {@link Sweepable} with a public
   *     constructor without arguments, or a grid with a bad value
   * @throws UserCodeException (an {@code IllegalArgumentException}) when the experiment's own code
   *     throws (its static initializer, constructor, {@code grid()} or filter), runs past the time
   *     limit ({@link UserCodeRunner}), or starts a thread that dies of an exception
   */
  public static Loaded load(Path file) {
    return load(file, UserCodeRunner.configuredLimit());
  }

  /** As {@link #load(Path)}, with a time limit on running the experiment's code. */
  static Loaded load(Path file, Duration limit) {
    return load(file, create(file, CompileCache.configured(), limit), limit);
  }

  /** {@link #load(Path)} for a file already compiled and created. */
  static Loaded load(Path file, Created created) {
    return load(file, created, UserCodeRunner.configuredLimit());
  }

  private static Loaded load(Path file, Created created, Duration limit) {
    if (!(created.instance() instanceof Sweepable experiment)) {
      throw new IllegalArgumentException(
          String.format(
              "%s defines an environment (%s), not a grid; use it with solve, model, train,"
                  + " render or replay, or return it from an experiment's environments()",
              file, created.className()));
    }
    // The user's code runs under a time limit, in a thread group of its own (UserCodeRunner).
    UserCodeRunner runner = new UserCodeRunner(experiment.getClass(), limit);
    // An Experiment builds a grid; any other Sweepable (a SpaceSearch) a search space.
    boolean isGrid = experiment instanceof Experiment;
    String phase = isGrid ? "grid()" : "space()";
    Sweep sweep =
        runner.run(
            () -> {
              runner.phase("environments()");
              ExperimentEnvironments.register(file, experiment);
              runner.phase(phase);
              try {
                return experiment.sweep();
              } catch (Throwable e) {
                throw UserCodeException.failure(experiment.getClass(), phase, e);
              }
            });
    Preconditions.checkArgument(
        sweep != null,
        "%s: %s returned null; it must return %s",
        file,
        phase,
        isGrid
            ? "a grid: Grid.builder(...)...build()"
            : "a space: SearchSpace.builder(...)...build()");
    return new Loaded(file, created.sha256(), created.className(), sweep, experiment);
  }

  /**
   * A compiled file's public class, created: a {@link Sweepable} or a {@link TabularEnvironment}.
   */
  record Created(String sha256, String className, Object instance) {}

  /**
   * Compiles {@code file} and creates its public class, which must be a {@link Sweepable} or a
   * {@link TabularEnvironment} (a file that only defines an environment).
   *
   * @throws IllegalArgumentException as {@link #load} does
   */
  static Created create(Path file) {
    return create(file, CompileCache.configured(), UserCodeRunner.configuredLimit());
  }

  /** {@link #load(Path)} with {@code cache} for the compiled classes. */
  static Loaded load(Path file, CompileCache cache) {
    return load(file, create(file, cache));
  }

  /** {@link #create(Path)} with {@code cache} for the compiled classes ({@link CompileCache}). */
  static Created create(Path file, CompileCache cache) {
    return create(file, cache, UserCodeRunner.configuredLimit());
  }

  private static Created create(Path file, CompileCache cache, Duration limit) {
    Preconditions.checkArgument(
        !Files.isDirectory(file), "experiment file %s is a folder; give a .java file", file);
    Preconditions.checkArgument(
        Files.isRegularFile(file), "experiment file %s does not exist", file);
    String fileName = file.getFileName().toString();
    Preconditions.checkArgument(
        fileName.endsWith(".java"), "experiment file %s must be a .java file", file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read experiment file " + file + ": " + e.getMessage(), e);
    }
    CompiledSources sources = new CompiledSources(file);
    ExperimentCompiler.Compiled compiled = ExperimentCompiler.compile(file, sources, cache);
    String sha256 = sources.sha256(bytes);
    // javac allows one public top-level class per file, and only one named after the file.
    String simpleName = fileName.substring(0, fileName.length() - ".java".length());
    Preconditions.checkArgument(
        compiled.publicTypes().size() == 1,
        "%s must declare a public class %s that implements dev.qsweep.experiment.Experiment",
        file,
        simpleName);
    String className = compiled.publicTypes().get(0);
    return new Created(sha256, className, instantiate(file, compiled.loader(), className, limit));
  }

  private static Object instantiate(
      Path file, ClassLoader loader, String className, Duration limit) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the compiler made no class " + className, e);
    }
    Preconditions.checkArgument(
        (Sweepable.class.isAssignableFrom(type) || TabularEnvironment.class.isAssignableFrom(type))
            && !type.isInterface(),
        "%s: class %s must implement dev.qsweep.experiment.Experiment (or dev.qsweep.search.SpaceSearch"
            + " to search a space; or, for a file that only"
            + " defines an environment, dev.qsweep.env.TabularEnvironment)",
        file,
        className);
    Preconditions.checkArgument(
        !Modifier.isAbstract(type.getModifiers()),
        "%s: class %s is abstract; it must be a class qsweep can create",
        file,
        className);
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(
          file + ": class " + className + " needs a public constructor without arguments", e);
    }
    // Each piece of the user's code runs on its own, so that a failure names the piece, and under
    // a time limit, in a thread group of its own (UserCodeRunner).
    UserCodeRunner runner = new UserCodeRunner(type, limit);
    return runner.run(
        () -> {
          runner.phase("the static initializer of " + className);
          try {
            Class.forName(className, true, loader);
          } catch (Throwable e) {
            throw UserCodeException.failure(type, "the static initializer of " + className, e);
          }
          runner.phase("the constructor of " + className);
          try {
            return constructor.newInstance();
          } catch (InvocationTargetException e) {
            throw UserCodeException.failure(type, "the constructor of " + className, e);
          } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create " + className + " after checking it", e);
          }
        });
  }
}
