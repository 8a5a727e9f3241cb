package dev.qsweep.experiment;

import com.google.common.base.Preconditions;
import com.google.common.base.Splitter;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles an experiment file in memory against qsweep's classes: the class files never touch the
 * disk, so no temporary folder can outlive a run, however it ends (even by {@code kill -9}).
 */
final class ExperimentCompiler {
  /**
   * What one compilation gave.
   *
   * @param publicTypes the file's public top-level types, by their qualified names, as the compiler
   *     resolved them (package included)
   * @param loader the class loader that defines them
   */
  record Compiled(List<String> publicTypes, ExperimentClassLoader loader) {}

  private ExperimentCompiler() {}

  /**
   * Compiles {@code file}.
   *
   * @throws IllegalArgumentException for a compile error (with file and line), a call that would
   *     end the JVM ({@link ExitCalls}), or without a JDK
   */
  static Compiled compile(Path file) {
    return compile(file, new CompiledSources(file), CompileCache.configured());
  }

  /**
   * Compiles {@code file}, with the files beside it that it uses (the source path is its folder),
   * telling {@code sources} each file compiled; or takes the classes from {@code cache} when it
   * holds this very compilation ({@link CompileCache}).
   */
  static Compiled compile(Path file, CompiledSources sources, CompileCache cache) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Preconditions.checkArgument(
        javac != null,
        "compiling %s needs a JDK (javac), but this Java is a runtime only: %s",
        file,
        System.getProperty("java.home"));
    List<String> options = options(file);
    Optional<String> key = cache.key(file, options, classpath());
    Optional<CompileCache.Entry> kept = key.flatMap(cache::read);
    if (kept.isPresent()) {
      sources.restore(kept.get().sourceNames());
      return new Compiled(
          kept.get().publicTypes(), new ExperimentClassLoader(file, kept.get().classes()));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();
    List<String> publicTypes = new ArrayList<>();
    try (StandardJavaFileManager standard =
            javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        InMemory files = new InMemory(standard, classes)) {
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  new StringWriter(),
                  files,
                  diagnostics,
                  options,
                  null,
                  standard.getJavaFileObjects(file.toFile()));
      // The compiler, not a text match, says what the file declares (package included).
      task.addTaskListener(
          new TaskListener() {
            @Override
            public void finished(TaskEvent e) {
              TypeElement type = e.getTypeElement();
              if (e.getKind() == TaskEvent.Kind.ANALYZE
                  && type != null
                  && type.getModifiers().contains(Modifier.PUBLIC)
                  && sources.isExperiment(e.getSourceFile())) {
                publicTypes.add(type.getQualifiedName().toString());
              }
            }
          });
      task.addTaskListener(sources);
      ExitCalls exits = new ExitCalls(file, task);
      task.addTaskListener(exits);
      if (!task.call()) {
        throw new IllegalArgumentException(firstError(file, diagnostics));
      }
      if (exits.found() != null) {
        throw new IllegalArgumentException(exits.found());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
    key.ifPresent(k -> cache.write(k, new CompileCache.Entry(publicTypes, sources.names(), bytes)));
    return new Compiled(List.copyOf(publicTypes), new ExperimentClassLoader(file, bytes));
  }

  /** The compiler's options for {@code file}. */
  static List<String> options(Path file) {
    return List.of(
        "-classpath",
        classpath(),
        // Files beside the experiment that it uses are compiled too (and hashed).
        "-sourcepath",
        file.toAbsolutePath().normalize().getParent().toString(),
        "-encoding",
        "UTF-8",
        "-proc:none",
        "-nowarn");
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

  /** qsweep's classes and libraries: where this class and Guava were loaded from, and the path. */
  static String classpath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> c : new Class<?>[] {ExperimentCompiler.class, Preconditions.class}) {
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

  /** Keeps every class file the compiler writes in memory, by binary name. */
  private static final class InMemory extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, ByteArrayOutputStream> classes;

    InMemory(StandardJavaFileManager files, Map<String, ByteArrayOutputStream> classes) {
      super(files);
      this.classes = classes;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS) {
        throw new IllegalStateException("javac asked to write " + className + " to " + location);
      }
      URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
      return new SimpleJavaFileObject(uri, kind) {
        @Override
        public OutputStream openOutputStream() {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          classes.put(className, out);
          return out;
        }
      };
    }
  }
}
