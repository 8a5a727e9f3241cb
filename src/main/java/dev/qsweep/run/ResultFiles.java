package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.qsweep.util.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A results folder's files: their names, the manifest, and the folder itself (made ready, cleared).
 * {@link ResultWriter} writes the trial files from the journal.
 */
public final class ResultFiles {
  /** What was swept, from which source, by which qsweep. */
  public static final String MANIFEST = "manifest.json";

  /** One row per trial. */
  public static final String TRIALS = "trials.csv";

  /** Binned learning curves. */
  public static final String CURVES = "curves.csv";

  /** Exact scores every {@code eval_every} episodes (only when the grid asks for them). */
  public static final String EVALUATIONS = "evaluations.csv";

  /** Wall-clock time per trial: the one file that differs between runs. */
  public static final String TIMINGS = "timings.csv";

  /** A non-grid search's trainings in batch order ({@link Columns.History}). */
  public static final String HISTORY = "history.csv";

  /** The aggregate, one row per configuration (written by the report). */
  public static final String SUMMARY = "summary.csv";

  /** The readable report. */
  public static final String MARKDOWN = "report.md";

  /** The folder of PNG charts. */
  public static final String CHARTS = "charts";

  /** Every file a sweep may leave in its folder, but the lock file and the charts folder. */
  private static final List<String> SWEEP_FILES =
      List.of(
          Journal.FILE, MANIFEST, TRIALS, CURVES, EVALUATIONS, TIMINGS, HISTORY, SUMMARY, MARKDOWN);

  private ResultFiles() {}

  /**
   * The manifest's fields, in the order they are written.
   *
   * @param experiment grid name
   * @param source the experiment file as given
   * @param sourceSha256 SHA-256 of the file
   * @param className its class
   * @param rootSeed the root seed
   * @param configurations number of configurations
   * @param replicates replicates per configuration
   * @param trials number of trials in the whole grid
   * @param sweptAxes the axes with more than one value
   * @param strategy the search strategy: {@code grid}, {@code random}, {@code halving}, {@code
   *     hyperband}, {@code genetic}
   * @param strategySettings its settings by name, in the strategy's order ({@code
   *     Strategy#settings()})
   * @param totalEnvSteps every env step the search spent, in this folder: the sum of train_steps
   *     for a grid or random search; for a budgeted search each continuation counted once, as the
   *     steps from where it paused (a promoted trial retrained after a kill counts as continued)
   * @param shard {@code i/n} for a shard, {@code 1/1} for a whole sweep
   * @param qsweepVersion qsweep's version
   * @param javaVersion the Java version
   */
  public record Manifest(
      @JsonProperty("experiment") String experiment,
      @JsonProperty("source") String source,
      @JsonProperty("source_sha256") String sourceSha256,
      @JsonProperty("class") String className,
      @JsonProperty("root_seed") long rootSeed,
      @JsonProperty("configurations") int configurations,
      @JsonProperty("replicates") int replicates,
      @JsonProperty("trials") int trials,
      @JsonProperty("swept_axes") List<String> sweptAxes,
      @JsonProperty("strategy") String strategy,
      @JsonProperty("strategy_settings") Map<String, String> strategySettings,
      @JsonProperty("total_env_steps") long totalEnvSteps,
      @JsonProperty("shard") String shard,
      @JsonProperty("qsweep_version") String qsweepVersion,
      @JsonProperty("java_version") String javaVersion) {

    /** Copies the settings, keeping their order. */
    public Manifest {
      strategySettings = Collections.unmodifiableMap(new LinkedHashMap<>(strategySettings));
    }

    /**
     * The same manifest for shard {@code text} ({@code 1/1} once shards are merged) with {@code
     * envSteps} as its total env steps.
     */
    public Manifest withShard(String text, long envSteps) {
      return new Manifest(
          experiment,
          source,
          sourceSha256,
          className,
          rootSeed,
          configurations,
          replicates,
          trials,
          sweptAxes,
          strategy,
          strategySettings,
          envSteps,
          text,
          qsweepVersion,
          javaVersion);
    }

    /** The command line that reproduces the whole sweep: written, never read back. */
    @JsonProperty(value = "command", access = JsonProperty.Access.READ_ONLY)
    public String command() {
      return "qsweep sweep " + source;
    }

    /** The manifest as JSON, one line and a line break. */
    public String toJson() {
      return Json.write(this) + "\n";
    }

    /**
     * Reads a manifest written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException naming the file, if it is missing or a field is missing,
     *     unknown or malformed
     */
    public static Manifest read(Path file) {
      return Json.read(file, Manifest.class, "qsweep manifest");
    }
  }

  /**
   * Deletes every file of the sweep in {@code dir}, charts included, so that nothing of it can be
   * mistaken for the next sweep's (the lock file stays: the caller holds it).
   */
  static void deleteSweep(Path dir) {
    try {
      for (String name : SWEEP_FILES) {
        Files.deleteIfExists(dir.resolve(name));
      }
      Path charts = dir.resolve(CHARTS);
      if (Files.isDirectory(charts)) {
        try (DirectoryStream<Path> pngs = Files.newDirectoryStream(charts, "*.png")) {
          for (Path png : pngs) {
            Files.delete(png);
          }
        }
        try (DirectoryStream<Path> rest = Files.newDirectoryStream(charts)) {
          if (!rest.iterator().hasNext()) {
            Files.delete(charts);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir + ": " + describe(e), e);
    }
  }

  /**
   * Creates the results folder {@code out} if needed and checks it can be written.
   *
   * @throws IllegalArgumentException naming the folder and the reason
   */
  static void prepareFolder(Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot create output folder " + out + ": " + describe(e), e);
    }
    checkArgument(Files.isDirectory(out), "output folder %s is not a folder", out);
    checkArgument(
        Files.isWritable(out), "cannot write to output folder %s: permission denied", out);
  }

  /** The reason an I/O operation failed, in a few words for a one-line error. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory: " + e.getMessage();
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way: " + e.getMessage();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage();
  }
}
