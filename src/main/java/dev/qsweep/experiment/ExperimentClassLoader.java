package dev.qsweep.experiment;

import java.nio.file.Path;
import java.util.Map;

/**
 * Defines an experiment's classes from the bytes the compiler left in memory. It is named, so that
 * each stack frame of the user's code says so ({@link StackTraceElement#getClassLoaderName()}).
 */
final class ExperimentClassLoader extends ClassLoader {
  /** The name of every experiment's class loader, as stack frames show it. */
  static final String NAME = "qsweep-experiment";

  private final Path source;
  private final Map<String, byte[]> classes;

  ExperimentClassLoader(Path source, Map<String, byte[]> classes) {
    super(NAME, ExperimentClassLoader.class.getClassLoader());
    this.source = source;
    this.classes = Map.copyOf(classes);
  }

  /** The experiment file, as the user gave it. */
  Path source() {
    return source;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
