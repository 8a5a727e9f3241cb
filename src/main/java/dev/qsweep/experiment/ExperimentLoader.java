package dev.qsweep.experiment;

import com.google.common.base.Preconditions;
import com.google.common.base.Splitter;
import com.google.common.hash.Hashing;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles an experiment's Java file in-process against qsweep's own classes and builds its grid:
 * no rebuild of qsweep, no edit anywhere else.
 */
public final class ExperimentLoader {
  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  /**
   * A loaded experiment.
   *
   * @param source the file as given
   * @param sha256 SHA-256 of the file's bytes, hex
   * @param className the experiment's class
   * @param grid the grid it built
   */
  public record Loaded(Path source, String sha256, String className, Grid grid) {}

  private ExperimentLoader() {}

  /**
   * Compiles {@code file}, instantiates its public class (named after the file) and builds its
   * grid.
   *
   * @throws IllegalArgumentException for a missing or unreadable file, a compile error (with file
   *     and line), a class that is not an {@link Experiment}, or a grid with a bad value
   */
  public static Loaded load(Path file) {
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
    String source = new String(bytes, StandardCharsets.UTF_8);
    String simpleName = fileName.substring(0, fileName.length() - ".java".length());
    Matcher pkg = PACKAGE.matcher(source);
    String className = pkg.find() ? pkg.group(1) + "." + simpleName : simpleName;
    String sha256 = Hashing.sha256().hashBytes(bytes).toString();

    Path classes;
    try {
      classes = Files.createTempDirectory("qsweep-experiment");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      compile(file, classes);
      Grid grid = instantiate(file, classes, className);
      return new Loaded(file, sha256, className, grid);
    } finally {
      deleteRecursively(classes);
    }
  }

  private static void compile(Path file, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Preconditions.checkArgument(
        javac != null,
        "compiling %s needs a JDK (javac), but this Java is a runtime only: %s",
        file,
        System.getProperty("java.home"));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-d",
              classes.toString(),
              "-classpath",
              classpath(),
              "-encoding",
              "UTF-8",
              "-proc:none",
              "-nowarn");
      StringWriter output = new StringWriter();
      boolean ok =
          javac
              .getTask(
                  output,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjects(file.toFile()))
              .call();
      if (!ok) {
        throw new IllegalArgumentException(firstError(file, diagnostics));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstError(Path file, DiagnosticCollector<JavaFileObject> diagnostics) {
    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d);
      }
    }
    if (errors.isEmpty()) {
      return file + ": does not compile";
    }
    Diagnostic<? extends JavaFileObject> first = errors.get(0);
    String message = first.getMessage(Locale.ROOT).lines().findFirst().orElse("error");
    String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "";
    return String.format(
        Locale.ROOT, "%s:%d: error: %s%s", file, first.getLineNumber(), message, more);
  }

  private static Grid instantiate(Path file, Path classes, String className) {
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ExperimentLoader.class.getClassLoader())) {
      Class<?> type;
      try {
        type = loader.loadClass(className);
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException(
            file + " must declare a public class " + className + " (named after the file)", e);
      }
      Preconditions.checkArgument(
          Experiment.class.isAssignableFrom(type),
          "%s: class %s must implement dev.qsweep.experiment.Experiment",
          file,
          className);
      Experiment experiment;
      try {
        experiment = (Experiment) type.getDeclaredConstructor().newInstance();
      } catch (NoSuchMethodException | IllegalAccessException e) {
        throw new IllegalArgumentException(
            file + ": class " + className + " needs a public constructor without arguments", e);
      } catch (InstantiationException | InvocationTargetException e) {
        throw new IllegalArgumentException(
            file + ": creating " + className + " failed: " + e.getCause(), e);
      }
      try {
        return experiment.grid();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** qsweep's classes and libraries: where this class and Guava were loaded from, and the path. */
  private static String classpath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> c : new Class<?>[] {ExperimentLoader.class, Preconditions.class}) {
      CodeSource where = c.getProtectionDomain().getCodeSource();
      if (where != null) {
        try {
          entries.add(Path.of(where.getLocation().toURI()).toString());
        } catch (URISyntaxException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    entries.addAll(
        Splitter.on(File.pathSeparatorChar)
            .omitEmptyStrings()
            .splitToList(System.getProperty("java.class.path", "")));
    return String.join(File.pathSeparator, entries);
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary folder is harmless.
    }
  }
}
