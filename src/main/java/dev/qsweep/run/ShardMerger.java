package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import dev.qsweep.util.AtomicFiles;
import dev.qsweep.util.Csv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins shard folders ({@code qsweep sweep --shard I/N}) into one results folder whose files are
 * byte for byte those of a single run: the rows are the same bytes, sorted the same way.
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
    Set<String> shardNames = new TreeSet<>();
    Map<String, Path> seen = new HashMap<>();
    ResultFiles.Rows rows = new ResultFiles.Rows();
    boolean evaluations = false;
    int shardCount = -1;
    for (Path dir : shards) {
      checkArgument(Files.isDirectory(dir), "shard folder %s does not exist", dir);
      checkArgument(
          !Files.exists(Journal.file(dir)),
          "%s holds an unfinished shard (journal.csv); finish it with --resume first",
          dir);
      ResultFiles.Manifest m = ResultFiles.Manifest.read(dir.resolve(ResultFiles.MANIFEST));
      if (first == null) {
        first = m;
      }
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
      Csv.Table trials = Csv.read(dir.resolve(ResultFiles.TRIALS));
      Csv.Table curves = Csv.read(dir.resolve(ResultFiles.CURVES));
      Csv.Table timings = Csv.read(dir.resolve(ResultFiles.TIMINGS));
      Path evaluationFile = dir.resolve(ResultFiles.EVALUATIONS);
      Csv.Table evaluationTable = null;
      if (Files.exists(evaluationFile)) {
        evaluationTable = Csv.read(evaluationFile);
        evaluations = true;
      }
      checkArgument(
          trials.header().equals(Columns.headers(Columns.Trial.values())),
          "%s has the columns of another qsweep version",
          trials.file());
      Map<String, List<List<String>>> curvesById = group(curves.rows());
      Map<String, List<List<String>>> evaluationsById =
          evaluationTable == null ? Map.of() : group(evaluationTable.rows());
      Map<String, List<String>> timingById = new HashMap<>();
      for (List<String> t : timings.rows()) {
        timingById.put(t.get(0), t);
      }
      for (List<String> row : trials.rows()) {
        String id = row.get(0);
        Path other = seen.put(id, dir);
        checkArgument(other == null, "trial %s is in both %s and %s", id, other, dir);
        rows.add(
            row,
            curvesById.getOrDefault(id, List.of()),
            evaluationsById.getOrDefault(id, List.of()),
            timingById.getOrDefault(id, List.of(id, "nan", "nan")));
      }
    }
    checkArgument(
        shardNames.size() == shardCount,
        "the grid was split into %s shards but %s were given (%s)",
        shardCount,
        shardNames.size(),
        String.join(", ", shardNames));
    checkArgument(
        rows.trialCount() == first.trials(),
        "the shards hold %s of the grid's %s trials; a shard is incomplete (did a trial fail?)",
        rows.trialCount(),
        first.trials());
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot create output folder " + out + ": " + e.getMessage(), e);
    }
    checkArgument(
        Files.isWritable(out), "cannot write to output folder %s: permission denied", out);
    rows.write(out, evaluations);
    ResultFiles.Manifest merged =
        new ResultFiles.Manifest(
            first.experiment(),
            first.source(),
            first.sourceSha256(),
            first.className(),
            first.rootSeed(),
            first.configurations(),
            first.replicates(),
            first.trials(),
            first.sweptAxes(),
            "1/1",
            first.qsweepVersion(),
            first.javaVersion());
    AtomicFiles.writeText(out.resolve(ResultFiles.MANIFEST), w -> w.write(merged.toJson()));
    return rows.trialCount();
  }

  private static Map<String, List<List<String>>> group(List<List<String>> rows) {
    Map<String, List<List<String>>> byId = new HashMap<>();
    for (List<String> row : rows) {
      byId.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row);
    }
    return byId;
  }
}
