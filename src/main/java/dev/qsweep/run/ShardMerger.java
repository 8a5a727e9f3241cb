package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import dev.qsweep.util.AtomicFiles;
import dev.qsweep.util.Csv;
import dev.qsweep.util.CsvRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins shard folders ({@code qsweep sweep --shard I/N}) into one results folder whose files are
 * byte for byte those of a single run: the rows are the same bytes, merged in trial-id order.
 */
/*
 * Implementation note. Each shard's files are already sorted by trial id, with a trial's rows
 * together, and every trial lives in exactly one shard; so a k-way merge on the trial id (ties
 * cannot span shards) streams the single run's order without holding the rows in memory.
 */
public final class ShardMerger {
  private ShardMerger() {}

  /**
   * Merges {@code shards} into {@code out}.
   *
   * @throws IllegalArgumentException if the folders come from different grids or sources, a shard
   *     is unfinished or missing, or a trial appears twice; nothing is written then
   */
  public static int merge(Path out, List<Path> shards) {
    checkArgument(!shards.isEmpty(), "merge needs at least one shard folder");
    ResultFiles.Manifest first = null;
    long envSteps = 0;
    Set<String> shardNames = new TreeSet<>();
    int shardCount = -1;
    boolean evaluations = false;
    boolean history = false;
    for (Path dir : shards) {
      checkArgument(Files.isDirectory(dir), "shard folder %s does not exist", dir);
      checkArgument(
          !Files.exists(Journal.file(dir)),
          "%s holds an unfinished shard (journal.csv); finish it with --resume first",
          dir);
      ResultFiles.Manifest m = ResultFiles.Manifest.read(dir.resolve(ResultFiles.MANIFEST));
      checkArgument(
          m.qsweepVersion().equals(Versions.qsweep()),
          "%s was written by qsweep %s, this is qsweep %s: merge it with that version",
          dir.resolve(ResultFiles.MANIFEST),
          m.qsweepVersion(),
          Versions.qsweep());
      if (first == null) {
        first = m;
      }
      envSteps += m.totalEnvSteps();
      checkArgument(
          m.sourceSha256().equals(first.sourceSha256()) && m.trials() == first.trials(),
          "%s comes from another experiment or version of it than %s (source SHA-256 differs)",
          dir,
          shards.get(0));
      int count = Integer.parseInt(Splitter.on('/').splitToList(m.shard()).get(1));
      checkArgument(
          shardCount < 0 || shardCount == count,
          "%s is shard %s, but other folders split the grid into %s",
          dir,
          m.shard(),
          shardCount);
      shardCount = count;
      checkArgument(shardNames.add(m.shard()), "shard %s is given twice (%s)", m.shard(), dir);
      evaluations |= Files.exists(dir.resolve(ResultFiles.EVALUATIONS));
      history |= Files.exists(dir.resolve(ResultFiles.HISTORY));
    }
    checkArgument(
        shardNames.size() == shardCount,
        "the grid was split into %s shards but %s were given (%s)",
        shardCount,
        shardNames.size(),
        String.join(", ", shardNames));
    int trials = checkTrials(shards, first.trials());
    checkTarget(out, shards, first);
    ResultFiles.prepareFolder(out);
    List<String> names = new ArrayList<>();
    List<List<String>> headers = new ArrayList<>();
    names.add(ResultFiles.TRIALS);
    // Every shard of a sweep has the same form of trials.csv; mergeFile refuses one that differs.
    Path firstTrials = shards.get(0).resolve(ResultFiles.TRIALS);
    boolean withoutTimeLimit = Columns.withoutTimeLimit(Csv.header(firstTrials), firstTrials);
    headers.add(
        "grid".equals(first.strategy())
            ? Columns.trialHeader(withoutTimeLimit)
            : Columns.searchTrialHeader(withoutTimeLimit));
    names.add(ResultFiles.CURVES);
    headers.add(Columns.headers(Columns.Curve.values()));
    if (evaluations) {
      names.add(ResultFiles.EVALUATIONS);
      headers.add(Columns.evaluationHeader(withoutTimeLimit));
    }
    names.add(ResultFiles.TIMINGS);
    headers.add(Columns.headers(Columns.Timing.values()));
    if (history) {
      // A search that splits into shards (random) runs one batch: its history merges by trial id.
      names.add(ResultFiles.HISTORY);
      headers.add(Columns.headers(Columns.History.values()));
    }
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      files.add(out.resolve(name));
    }
    // All files or none: a shard file refused part-way leaves no merged file behind.
    AtomicFiles.writeTexts(
        files,
        writers -> {
          for (int i = 0; i < names.size(); i++) {
            ShardFiles.mergeFile(
                shards,
                names.get(i),
                headers.get(i),
                names.get(i).equals(ResultFiles.HISTORY)
                    ? ShardFiles.HISTORY_ORDER
                    : ShardFiles.FILE_ORDER,
                writers.get(i));
          }
        });
    ResultFiles.Manifest merged = first.withShard("1/1", envSteps);
    AtomicFiles.writeText(out.resolve(ResultFiles.MANIFEST), w -> w.write(merged.toJson()));
    return trials;
  }

  /**
   * Checks each shard's files cover its trials ({@link ResultsCheck}), no trial is in two shards,
   * and together they hold the whole grid.
   */
  private static int checkTrials(List<Path> shards, int expected) {
    long count = 0;
    for (Path dir : shards) {
      count += ResultsCheck.check(dir);
    }
    // Each trials.csv is in id order (checked above): a merge of their ids meets a trial that two
    // shards hold twice in a row, without holding the ids.
    List<CsvRecords> inputs = new ArrayList<>();
    try {
      PriorityQueue<ShardFiles.Head> queue =
          new PriorityQueue<>(ShardFiles.Head.by(ShardFiles.FILE_ORDER));
      for (int i = 0; i < shards.size(); i++) {
        Path file = shards.get(i).resolve(ResultFiles.TRIALS);
        CsvRecords input = CsvRecords.open(file);
        inputs.add(input);
        ShardFiles.Head head = new ShardFiles.Head(i, input);
        head.advance(); // the header, checked above
        if (head.advance()) {
          queue.add(head);
        }
      }
      ShardFiles.Head previous = null;
      String previousId = null;
      while (!queue.isEmpty()) {
        ShardFiles.Head head = queue.poll();
        String id = head.row.get(0);
        checkArgument(
            !id.equals(previousId),
            "trial %s is in both %s and %s",
            id,
            previous == null ? null : shards.get(previous.input),
            shards.get(head.input));
        previous = head;
        previousId = id;
        if (head.advance()) {
          queue.add(head);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (CsvRecords input : inputs) {
        try {
          input.close();
        } catch (IOException e) {
          // Read-only: nothing is lost.
        }
      }
    }
    checkArgument(
        count == expected,
        "the shards hold %s of the grid's %s trials; a shard is incomplete (did a trial fail?)",
        count,
        expected);
    return expected;
  }

  /**
   * Refuses a target that is one of the shards, or holds a sweep other than the one merged (a
   * previous merge of the same shards is replaced).
   */
  private static void checkTarget(Path out, List<Path> shards, ResultFiles.Manifest merged) {
    for (Path dir : shards) {
      checkArgument(!sameFolder(out, dir), "the merge target %s is one of the shard folders", out);
    }
    checkArgument(
        !Files.exists(Journal.file(out)),
        "%s holds an unfinished sweep (journal.csv); merge into another folder",
        out);
    Path manifest = out.resolve(ResultFiles.MANIFEST);
    if (Files.exists(manifest)) {
      ResultFiles.Manifest m = ResultFiles.Manifest.read(manifest);
      checkArgument(
          m.sourceSha256().equals(merged.sourceSha256())
              && m.trials() == merged.trials()
              && m.shard().equals("1/1"),
          "%s holds the results of another sweep; merge into a new folder",
          out);
    }
  }

  private static boolean sameFolder(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }
}
