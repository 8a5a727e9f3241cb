package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.experiment.Grid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What a sweep finds in its results folder and what it may do there: start, resume the journal, see
 * that the sweep is already finished, or refuse (another sweep's results without {@code
 * --overwrite}, an unfinished sweep without {@code --resume}, a journal of another grid).
 */
final class SweepFolder {
  private SweepFolder() {}

  /**
   * An open journal: where the run appends, and what it already holds.
   *
   * @param journal the journal, open for appending; {@code null} if the sweep in the folder is
   *     already finished (nothing to run)
   * @param done the trials the journal holds finished
   */
  record Opened(Journal journal, JournalReader.Contents done) {}

  /**
   * Opens the journal of {@code out} for a sweep with {@code header} of {@code grid}, starting,
   * resuming or refusing as the folder and the settings say.
   *
   * @throws IllegalArgumentException naming the folder, when the sweep must not run there
   */
  static Opened open(
      Path out, Journal.Header header, Grid grid, String source, SweepRunner.Settings settings) {
    return open(
        out,
        header,
        dir -> JournalReader.read(dir, grid.trialCount(), ownedBy(grid, settings)),
        settings);
  }

  /**
   * Opens the journal of {@code out} as {@link #open(Path, Journal.Header, Grid, String,
   * SweepRunner.Settings)} does, reading an existing one with {@code reader}.
   */
  static Opened open(
      Path out,
      Journal.Header header,
      Function<Path, JournalReader.Contents> reader,
      SweepRunner.Settings settings) {
    try {
      if (settings.overwrite()) {
        ResultFiles.deleteSweep(out);
        return new Opened(Journal.create(out, header), null);
      }
      Journal.Header found =
          Files.exists(Journal.file(out)) ? JournalReader.header(Journal.file(out)) : null;
      if (found == null) {
        // No journal, or one a kill left empty: the folder is new, or holds finished results.
        checkArgument(
            !otherSweep(out, header),
            "%s holds the results of another sweep (another experiment, version of it, shard or"
                + " qsweep); add --overwrite to replace them, or use another --out folder",
            out);
        if (settings.resume() && Files.exists(out.resolve(ResultFiles.MANIFEST))) {
          return new Opened(null, null); // finished already: nothing to resume
        }
        return new Opened(Journal.create(out, header), null);
      }
      if (!found.equals(header)) {
        throw new IllegalArgumentException(
            String.format(
                "%s%s holds an unfinished sweep of another experiment, version of it, shard or"
                    + " qsweep (source SHA-256 %s, shard %s; now %s, shard %s); add --overwrite"
                    + " to start over, or use another --out folder",
                settings.resume() ? "cannot resume: " : "",
                out,
                shortHash(found.sourceSha256()),
                found.shard(),
                shortHash(header.sourceSha256()),
                header.shard()));
      }
      JournalReader.Contents contents = reader.apply(out);
      checkArgument(
          settings.resume() || (contents.finished() == 0 && contents.batches().isEmpty()),
          "%s holds an unfinished sweep; add --resume to finish it, or --overwrite to start over",
          out);
      return new Opened(Journal.append(out, contents.validEnd()), contents);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot write to output folder " + out + ": " + ResultFiles.describe(e), e);
    }
  }

  /** Maps the trial ids this run owns (its shard's) to their index, others to -1. */
  static ToIntFunction<String> ownedBy(Grid grid, SweepRunner.Settings settings) {
    return id -> {
      int index = grid.indexOf(id);
      return index >= 0 && index % settings.shardCount() == settings.shard() - 1 ? index : -1;
    };
  }

  /** Whether {@code out} holds the finished results of a sweep other than {@code header}'s. */
  private static boolean otherSweep(Path out, Journal.Header header) {
    Path manifestFile = out.resolve(ResultFiles.MANIFEST);
    if (!Files.exists(manifestFile)) {
      return false;
    }
    ResultFiles.Manifest m = ResultFiles.Manifest.read(manifestFile);
    return !(m.sourceSha256().equals(header.sourceSha256())
        && m.shard().equals(header.shard())
        // A search's journal counts the trial runs it plans, its manifest the trials it kept; the
        // source hash already fixes both.
        && (!"grid".equals(m.strategy()) || m.trials() == header.trialCount())
        && m.qsweepVersion().equals(header.qsweepVersion()));
  }

  private static String shortHash(String sha) {
    return sha.length() > 12 ? sha.substring(0, 12) : sha;
  }

  /** Deletes the journal of a finished sweep (the results now hold everything it did). */
  static void deleteJournal(Path out) {
    try {
      Files.deleteIfExists(Journal.file(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
