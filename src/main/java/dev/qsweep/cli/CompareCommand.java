package dev.qsweep.cli;

import dev.qsweep.report.Comparison;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qsweep compare}: searches and full grids side by side, by cost and by what they found. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare results folders of one problem: searches and full grids.",
      "Prints a Markdown table (each folder's strategy, total_env_steps, cost against the first",
      "full grid, best configuration) and draws the best score found against env steps spent,",
      "one line per search, each grid a point at its cost with a dashed line at its best."
    })
final class CompareCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.png",
      description = "Where to write the chart (a .png file).")
  Path png;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Finished results folders.")
  List<Path> dirs;

  @Override
  public void run() {
    String name = png.getFileName() == null ? "" : png.getFileName().toString();
    if (!name.endsWith(".png")) {
      throw new IllegalArgumentException("--out " + png + " must name a .png file");
    }
    Path parent = png.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
      throw new IllegalArgumentException(
          "--out " + png + ": its folder " + parent + " does not exist or is not writable");
    }
    String table = Comparison.write(dirs, png);
    PrintWriter out = spec.commandLine().getOut();
    out.print(table);
    out.println("Wrote " + png);
    out.flush();
  }
}
