package dev.qsweep.cli;

import dev.qsweep.report.Report;
import dev.qsweep.run.FolderLock;
import dev.qsweep.run.ShardMerger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qsweep merge}: joins shard folders into one, identical to a single run. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Join shard folders into one, identical to a single run.",
      "Joins the folders of 'qsweep sweep --shard I/N' into OUT: trials.csv, curves.csv and",
      "summary.csv come out byte for byte those of a single run."
    })
final class MergeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUT", description = "The merged results folder.")
  Path out;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "DIR",
      description = "Shard folders, all N of them.")
  List<Path> shards;

  @Override
  @SuppressWarnings("try") // the lock is held for the block, not called
  public void run() {
    int trials;
    try (FolderLock lock = FolderLock.create(out)) {
      trials = ShardMerger.merge(out, shards);
      Report.write(out);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf("Merged %d shards, %d trials, into %s%n", shards.size(), trials, out);
    o.flush();
  }
}
