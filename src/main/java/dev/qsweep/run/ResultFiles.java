package dev.qsweep.run;

import dev.qsweep.util.Csv;
import dev.qsweep.util.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A results folder's files and how they are written: sorted by trial id, so the bytes depend only
 * on the trials, not on the order they finished in or the thread count.
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
   * @param shard {@code i/n} for a shard, {@code 1/1} for a whole sweep
   * @param qsweepVersion qsweep's version
   * @param javaVersion the Java version
   */
  public record Manifest(
      String experiment,
      String source,
      String sourceSha256,
      String className,
      long rootSeed,
      int configurations,
      int replicates,
      int trials,
      List<String> sweptAxes,
      String shard,
      String qsweepVersion,
      String javaVersion) {

    /** The manifest as JSON; its command line is the one that reproduces the whole sweep. */
    public String toJson() {
      return Json.object()
              .put("experiment", experiment)
              .put("source", source)
              .put("source_sha256", sourceSha256)
              .put("class", className)
              .put("root_seed", rootSeed)
              .put("configurations", configurations)
              .put("replicates", replicates)
              .put("trials", trials)
              .put("swept_axes", sweptAxes)
              .put("shard", shard)
              .put("qsweep_version", qsweepVersion)
              .put("java_version", javaVersion)
              .put("command", "qsweep sweep " + source)
              .toString()
          + "\n";
    }

    /**
     * Reads a manifest written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException if a field is missing or malformed
     */
    public static Manifest read(Path file) {
      Map<String, String> f = Json.parseFlat(file);
      try {
        return new Manifest(
            f.get("experiment"),
            f.get("source"),
            f.get("source_sha256"),
            f.get("class"),
            Long.parseLong(f.get("root_seed")),
            Integer.parseInt(f.get("configurations")),
            Integer.parseInt(f.get("replicates")),
            Integer.parseInt(f.get("trials")),
            Json.parseStringArray(f.get("swept_axes")),
            f.get("shard"),
            f.get("qsweep_version"),
            f.get("java_version"));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            file + " is not a qsweep manifest: " + e.getMessage(), e);
      }
    }
  }

  /** The rows of one kind of file, gathered from many trials. */
  public static final class Rows {
    private final List<List<String>> trials = new ArrayList<>();
    private final List<List<String>> curves = new ArrayList<>();
    private final List<List<String>> evaluations = new ArrayList<>();
    private final List<List<String>> timings = new ArrayList<>();

    /** Adds one trial's rows. */
    public void add(
        List<String> trialRow,
        List<List<String>> curveRows,
        List<List<String>> evaluationRows,
        List<String> timingRow) {
      trials.add(trialRow);
      curves.addAll(curveRows);
      evaluations.addAll(evaluationRows);
      timings.add(timingRow);
    }

    /** Number of trials added. */
    public int trialCount() {
      return trials.size();
    }

    /**
     * Writes trials.csv, curves.csv, timings.csv and (if any rows) evaluations.csv into {@code
     * dir}, each sorted by trial id (then by bin or episode), each replaced atomically.
     */
    public void write(Path dir, boolean withEvaluations) {
      Comparator<List<String>> byId = Comparator.comparing(r -> r.get(0));
      Comparator<List<String>> bySecond = byId.thenComparingLong(r -> Long.parseLong(r.get(1)));
      trials.sort(byId);
      curves.sort(bySecond);
      evaluations.sort(bySecond);
      timings.sort(byId);
      Csv.write(dir.resolve(TRIALS), Columns.headers(Columns.Trial.values()), trials);
      Csv.write(dir.resolve(CURVES), Columns.headers(Columns.Curve.values()), curves);
      Path evaluationFile = dir.resolve(EVALUATIONS);
      if (withEvaluations) {
        Csv.write(evaluationFile, Columns.headers(Columns.Evaluation.values()), evaluations);
      } else {
        try {
          Files.deleteIfExists(evaluationFile);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      Csv.write(dir.resolve(TIMINGS), Columns.headers(Columns.Timing.values()), timings);
    }
  }
}
