package dev.qsweep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs bash code after sourcing one of the scripts' libraries ({@code scripts/lib/}). */
final class ScriptLib {
  record Run(int exit, String stdout, String stderr) {}

  private final Path library;

  /** The library {@code scripts/lib/NAME}. */
  ScriptLib(String name) {
    this.library = Path.of("scripts/lib", name).toAbsolutePath();
  }

  /** Runs {@code script} with {@code args} as $1...; $0 (a script's name there) is the library. */
  Run bash(String script, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", "-c", "source \"$0\"; " + script));
    command.add(library.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("script", ".out");
    Path err = Files.createTempFile("script", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      int exit = p.waitFor();
      return new Run(
          exit,
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
