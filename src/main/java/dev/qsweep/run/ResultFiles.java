package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.qsweep.util.AtomicFiles;
import dev.qsweep.util.Csv;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVPrinter;

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

  /** The aggregate, one row per configuration (written by the report). */
  public static final String SUMMARY = "summary.csv";

  /** The readable report. */
  public static final String MARKDOWN = "report.md";

  /** The folder of PNG charts. */
  public static final String CHARTS = "charts";

  /** Every file a sweep may leave in its folder, but the lock file and the charts folder. */
  private static final List<String> SWEEP_FILES =
      List.of(Journal.FILE, MANIFEST, TRIALS, CURVES, EVALUATIONS, TIMINGS, SUMMARY, MARKDOWN);

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
   * Writes trials.csv, curves.csv, timings.csv and (if asked) evaluations.csv into {@code dir} from
   * the journal there, for the finished trials at {@code blocks}, in trial order; each file
   * replaced atomically; trials.csv and evaluations.csv have {@code never_ends_probability} if
   * {@code withoutTimeLimit} ({@link Columns#trialColumns}). Trial order is trial-id order, so the
   * bytes do not depend on the order trials finished in. Returns the env steps the trials took
   * (their train_steps, summed).
   */
  static long writeFromJournal(
      Path dir,
      JournalReader.Contents contents,
      boolean withEvaluations,
      boolean withoutTimeLimit) {
    return writeFromJournal(
        dir,
        handler -> JournalReader.forEachRecord(dir, contents, handler),
        withEvaluations,
        withoutTimeLimit,
        Columns.trialHeader(withoutTimeLimit),
        row -> row);
  }

  /**
   * {@link #writeFromJournal(Path, JournalReader.Contents, boolean, boolean)} for the trials whose
   * records are at {@code starts[i]} to {@code ends[i]} (in trial-id order), with trials.csv's
   * {@code trialHeader}, each trial's file row passed through {@code trialRow} (a search adds its
   * columns).
   */
  static long writeFromJournal(
      Path dir,
      long[] starts,
      long[] ends,
      boolean withEvaluations,
      boolean withoutTimeLimit,
      List<String> trialHeader,
      UnaryOperator<List<String>> trialRow) {
    return writeFromJournal(
        dir,
        handler -> JournalReader.forEachRecord(dir, starts, ends, handler),
        withEvaluations,
        withoutTimeLimit,
        trialHeader,
        trialRow);
  }

  /**
   * Writes the result files from the journal's records as {@code records} sends them, in trial-id
   * order: the grid's reorder pass over its journal, or a search's trials read where they are.
   */
  private static long writeFromJournal(
      Path dir,
      Consumer<JournalReader.RecordHandler> records,
      boolean withEvaluations,
      boolean withoutTimeLimit,
      List<String> trialHeader,
      UnaryOperator<List<String>> trialRow) {
    long[] envSteps = new long[1];
    List<Path> files = new ArrayList<>();
    List<List<String>> headers = new ArrayList<>();
    StringBuilder kinds = new StringBuilder();
    files.add(dir.resolve(TRIALS));
    headers.add(trialHeader);
    kinds.append('T');
    files.add(dir.resolve(CURVES));
    headers.add(Columns.headers(Columns.Curve.values()));
    kinds.append('C');
    if (withEvaluations) {
      files.add(dir.resolve(EVALUATIONS));
      headers.add(Columns.evaluationHeader(withoutTimeLimit));
      kinds.append('V');
    } else {
      try {
        Files.deleteIfExists(dir.resolve(EVALUATIONS));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    files.add(dir.resolve(TIMINGS));
    headers.add(Columns.headers(Columns.Timing.values()));
    kinds.append('S');
    AtomicFiles.writeTexts(
        files,
        writers -> {
          List<CSVPrinter> printers = new ArrayList<>();
          for (int i = 0; i < writers.size(); i++) {
            CSVPrinter printer = Csv.printer(writers.get(i));
            printer.printRecord(headers.get(i));
            printers.add(printer);
          }
          try {
            // One pass over the journal, each record to its file.
            records.accept(
                (kind, row) -> {
                  int i = kinds.indexOf(String.valueOf(kind));
                  if (kind == 'T') {
                    envSteps[0] += Long.parseLong(row.get(Columns.Trial.TRAIN_STEPS.ordinal()));
                  }
                  if (i == 0) {
                    print(printers.get(i), trialRow.apply(Columns.fileRow(row, withoutTimeLimit)));
                  } else if (kind == 'V') {
                    print(printers.get(i), Columns.evaluationFileRow(row, withoutTimeLimit));
                  } else if (i > 0) {
                    print(printers.get(i), row);
                  }
                });
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
          for (CSVPrinter printer : printers) {
            printer.flush();
          }
        });
    return envSteps[0];
  }

  private static void print(CSVPrinter printer, List<String> row) {
    try {
      printer.printRecord(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
