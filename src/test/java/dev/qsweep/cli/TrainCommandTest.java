package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TrainCommandTest {
  private static double number(String json, String path) {
    Matcher m = Pattern.compile(path).matcher(json);
    assertTrue(m.find(), path + " in " + json);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void train_tutorialDefaults_printTheComparisonTable() {
    CliRun run = CliRun.of("train", "--show-state", "328");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(
        out.startsWith(
            "Taxi-v3, Q-learning, 100,000 episodes, alpha 0.1, gamma 0.6, epsilon 0.1, seed 1"),
        out);
    assertTrue(out.contains("timesteps per trip               196.5856        13.0700"), out);
    assertTrue(out.contains("penalties per episode             63.9430         0.0000"), out);
    assertTrue(out.contains("Sampled, as the tutorial measures (100 episodes each)"), out);
    assertTrue(out.contains("Q-values at state 328: South "), out);
  }

  @Test
  void train_json_hasTheDocumentedKeys() {
    CliRun run = CliRun.of("train", "--episodes", "3000", "--json", "--sampled", "0");
    assertEquals(0, run.exitCode(), run.err());
    String json = run.out().strip();
    for (String key :
        new String[] {
          "train_steps",
          "train_penalties",
          "train_seconds",
          "eval",
          "random",
          "expected_return",
          "expected_steps",
          "expected_penalties",
          "success_probability",
          "reward_per_move",
          "optimality_gap"
        }) {
      assertTrue(json.contains("\"" + key + "\": "), key);
    }
    assertEquals(
        196.58555041521018,
        number(json, "\"random\": \\{[^}]*\"expected_steps\": ([-0-9.eE]+)"),
        1e-9);
  }

  @Test
  void train_sameSeed_sameScores_otherSeed_otherTraining() {
    String a = CliRun.of("train", "--episodes", "2000", "--json", "--seed", "5").out();
    String b = CliRun.of("train", "--episodes", "2000", "--json", "--seed", "5").out();
    String c = CliRun.of("train", "--episodes", "2000", "--json", "--seed", "6").out();
    String steps = "\"train_steps\": ([0-9]+)";
    assertEquals(number(a, steps), number(b, steps));
    assertEquals(
        number(a, "\"eval\": \\{\"expected_return\": ([-0-9.eE]+)"),
        number(b, "\"eval\": \\{\"expected_return\": ([-0-9.eE]+)"));
    assertTrue(number(a, steps) != number(c, steps));
  }

  @Test
  void train_decayingSchedules_otherLearners_andOptions() {
    CliRun run =
        CliRun.of(
            "train",
            "--env",
            "FrozenLake-v1",
            "--learner",
            "expected-sarsa",
            "--episodes",
            "3000",
            "--alpha",
            "exp(0.5,0.999,0.05)",
            "--epsilon",
            "linear(1,0.05,2000)",
            "--gamma",
            "0.99",
            "--eval-every",
            "1000",
            "--max-steps",
            "50",
            "-o",
            "is_slippery=false");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains("FrozenLake-v1 (is_slippery=false max_episode_steps=50), Expected SARSA"),
        run.out());
    assertTrue(run.out().contains("(limit 50 steps)"), run.out());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "train --alpha 1.5|qsweep train: alpha 1.5 is out of range; alpha must be in (0, 1]",
        "train --gamma -0.1|qsweep train: gamma -0.1 is out of range; gamma must be in [0, 1]",
        "train --epsilon 2|qsweep train: epsilon 2 is out of range; epsilon must be in [0, 1]",
        "train --episodes 0|qsweep train: episodes must be at least 1, got 0",
        "train --learner td|qsweep train: unknown learner 'td'; allowed: q-learning, sarsa, expected-sarsa, double-q",
        "train --env Nope-v0|qsweep train: unknown environment 'Nope-v0'; known: Taxi-v4, Taxi-v3, Taxi-v2, FrozenLake-v1, FrozenLake8x8-v1, CliffWalking-v1, CliffWalkingSlippery-v1, or file:PATH for a P table or an experiment's .java file",
        "train --show-state 999|qsweep train: --show-state 999 is out of range for Taxi-v3; allowed: 0 to 499",
        "train --max-steps -1|qsweep train: --max-steps must be >= 0 (0 for none), got -1",
      })
  void train_badInput_oneLine_exit2(String args, String line) {
    CliRun run = CliRun.of(args.split(" "));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(line, run.errorLine());
    assertEquals("", run.out());
  }

  @Test
  void train_badScheduleText_namesTheOption() {
    CliRun run = CliRun.of("train", "--alpha", "exp(0.5)");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.errorLine().startsWith("qsweep train: --alpha: schedule 'exp(0.5)' is not valid"),
        run.err());
  }

  @Test
  void bench_smallRun_printsTheCYardsticksFields() {
    CliRun run = CliRun.of("bench", "--episodes", "100000", "--runs", "1");
    assertEquals(0, run.exitCode(), run.err());
    // The C yardstick: shared/bench/taxi_q.c 100000 1 --cap 200.
    assertTrue(run.out().contains("total_steps     1590404\n"), run.out());
    assertTrue(
        run.out().contains("q_checksum    -10148.503391668039   (seed 1, steps 1590404)\n"),
        run.out());
  }

  @Test
  void benchLanes_printsTheCYardsticksLaneLines_characterForCharacter() {
    CliRun run =
        CliRun.of("bench", "--episodes", "20000", "--seed", "7", "--lanes", "4", "--runs", "1");
    assertEquals(0, run.exitCode(), run.err());
    // shared/bench/taxi_q.c 20000 7 --cap 200 --lanes 4 printed these lines.
    for (String line :
        new String[] {
          "q_checksum    -8722.8589736172707   (seed 7, steps 413622)\n",
          "q_checksum    -8821.2595490281019   (seed 8, steps 415009)\n",
          "q_checksum    -8778.3123004873796   (seed 9, steps 414219)\n",
          "q_checksum    -8767.4098243590943   (seed 10, steps 414155)\n"
        }) {
      assertTrue(run.out().contains(line), run.out());
    }
    assertTrue(run.out().contains("total_steps     1657005\n"), run.out());
    assertTrue(run.out().contains("over all 4 lanes"), run.out());
  }

  @Test
  void benchLanes_outOfRange_isOneLineAndExit2() {
    for (String lanes : new String[] {"0", "17", "-1"}) {
      CliRun run = CliRun.of("bench", "--episodes", "10", "--lanes", lanes);
      assertEquals(2, run.exitCode(), lanes);
      assertTrue(run.err().contains("--lanes must be in 1..16, got " + lanes), run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
    }
  }
}
