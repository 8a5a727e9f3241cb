package dev.qsweep.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The JVM's one Spark context: Spark allows one at a time, and starting one costs seconds, so
 * sweeps in one JVM (a test class, an embedding program) share it while they ask for the same
 * master. Spark's shutdown hook stops it when the JVM exits.
 */
final class SparkContexts {
  private static JavaSparkContext current;
  private static String currentMaster;

  private SparkContexts() {}

  /**
   * The context on {@code master}: the running one, or a new one (stopping a context on another
   * master first). Settings come from {@code spark.*} system properties as with any Spark program;
   * qsweep only turns the web UI and the console progress bar off unless they are set.
   *
   * @throws IllegalArgumentException when Spark cannot start on {@code master}
   */
  static synchronized JavaSparkContext on(String master) {
    if (current != null && !current.sc().isStopped() && master.equals(currentMaster)) {
      return current;
    }
    if (current != null) {
      current.stop();
      current = null;
    }
    SparkConf conf =
        new SparkConf()
            .setMaster(master)
            .setAppName("qsweep")
            .setIfMissing("spark.ui.enabled", "false")
            .setIfMissing("spark.ui.showConsoleProgress", "false");
    try {
      current = new JavaSparkContext(conf);
    } catch (Exception | LinkageError e) { // Scala throws SparkException undeclared

      throw new IllegalArgumentException(
          "--spark " + master + ": Spark could not start: " + firstLine(e), e);
    }
    currentMaster = master;
    return current;
  }

  /** The first line of what {@code e} (or, without a message, its cause) said. */
  static String firstLine(Throwable e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
