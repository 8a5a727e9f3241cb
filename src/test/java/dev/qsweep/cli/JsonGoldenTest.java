package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qsweep.util.HostileLocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every {@code --json} output, byte for byte against a golden file, under a Turkish default locale
 * (a comma decimal separator or a dotless i must never reach the JSON). {@code train_seconds} is
 * the one figure that differs between runs: it is masked on both sides.
 */
@ExtendWith(HostileLocale.class)
final class JsonGoldenTest {
  static String golden(String name) throws IOException {
    try (InputStream in = JsonGoldenTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IOException("no golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String maskTime(String json) {
    return json.replaceAll("\"train_seconds\": [0-9.Ee-]+", "\"train_seconds\": 0.25");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "solve-taxi-v3.json|solve Taxi-v3 --gamma 0.6 --json",
        "solve-frozenlake-slippery.json|solve FrozenLake-v1 -o is_slippery=true --json",
        "train-taxi-show-state.json|train --episodes 3000 --json --show-state 328",
        "train-frozenlake-no-sampling.json|train --episodes 2000 --env FrozenLake-v1 --sampled 0"
            + " --json",
        "train-cliff-eval-every.json|train --episodes 3000 --eval-every 1000 --sampled 0 --json"
            + " --gamma 0.9 --alpha 0.5 --epsilon linear(1,0.05,2000) --env CliffWalking-v1",
      })
  void jsonOutput_matchesItsGoldenFile(String file, String args) throws IOException {
    CliRun run = CliRun.of(args.split(" "));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(golden(file), maskTime(run.out()), file);
  }
}
