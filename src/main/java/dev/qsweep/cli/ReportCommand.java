package dev.qsweep.cli;

import dev.qsweep.report.ConfigSummary;
import dev.qsweep.report.Report;
import dev.qsweep.report.ResultsFolder;
import dev.qsweep.run.FolderLock;
import dev.qsweep.run.ResultFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qsweep report}: rebuilds a results folder's summary and report from its CSV files. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild a results folder's summary.csv, charts and report.md from its CSV files.")
final class ReportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "A results folder.")
  Path dir;

  @Override
  @SuppressWarnings("try") // the lock is held for the block, not called
  public void run() {
    List<ConfigSummary> summaries;
    ResultFiles.Manifest manifest;
    try (FolderLock lock = FolderLock.existing(dir)) {
      FolderEnvironments.ensure(dir);
      summaries = Report.write(dir);
      manifest = ResultsFolder.load(dir).manifest();
    }
    PrintWriter out = spec.commandLine().getOut();
    SweepCommand.printTop(out, summaries, manifest.sweptAxes());
    out.println("Wrote " + dir.resolve(Report.SUMMARY));
    out.flush();
  }
}
