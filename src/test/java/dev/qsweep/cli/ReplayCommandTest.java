package dev.qsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ReplayCommandTest {
  @TempDir Path dir;

  private static int steps(String out) {
    Matcher m = Pattern.compile("Episode: ([0-9,]+) steps").matcher(out);
    assertTrue(m.find(), out);
    return Integer.parseInt(m.group(1).replace(",", ""));
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  private static int gifFrames(Path gif) throws IOException {
    byte[] bytes = Files.readAllBytes(gif);
    assertArrayEquals("GIF89a".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(bytes, 6));
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      reader.setInput(in);
      int frames = reader.getNumImages(true);
      for (int i = 0; i < frames; i++) {
        assertEquals(reader.getWidth(0), reader.getWidth(i), "frame " + i);
        assertEquals(reader.getHeight(0), reader.getHeight(i), "frame " + i);
      }
      return frames;
    } finally {
      reader.dispose();
    }
  }

  @Test
  void replay_trainedTaxi_printsEveryFrameOfAnOptimalEpisodeEndingInADropOff() throws IOException {
    Path gif = dir.resolve("taxi.gif");
    CliRun run =
        CliRun.of(
            "replay",
            "--env",
            "Taxi-v3",
            "--episodes",
            "100000",
            "--seed",
            "1",
            "--no-delay",
            "--no-color",
            "--gif",
            gif.toString());
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    int steps = steps(out);
    assertEquals(steps, count(out, "Timestep: "), "one frame per step");
    assertEquals(2 * (steps + 1), count(out, "+---------+\n"), "and the start, each framed");
    assertTrue(out.contains("Timestep: " + steps + "\nState: "), out);
    assertTrue(out.contains("Action: 5 (Dropoff)\nReward: 20\n"), out);
    assertTrue(out.contains("succeeded; optimal: no policy does better from this start."), out);
    assertFalse(out.contains("\u001b["), "no escape codes");
    assertEquals(steps + 1, gifFrames(gif), "the start, then one frame per step");
    assertTrue(out.contains("Wrote " + gif + ": " + (steps + 1) + " frames"), out);
  }

  @Test
  void replay_randomAgent_longEpisode_showsTheFirstFramesTheLastAndASummary() {
    CliRun run =
        CliRun.of(
            "replay",
            "--random",
            "--env",
            "Taxi-v3",
            "-o",
            "max_episode_steps=0",
            "--seed",
            "3",
            "--no-delay",
            "--no-color",
            "--max-frames",
            "5");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("Replay of the random agent on Taxi-v3"), out);
    int steps = steps(out);
    assertTrue(steps > 100, "a long random episode: " + steps);
    assertEquals(5, count(out, "Timestep: "));
    assertTrue(out.contains("Timestep: " + steps + "\n"), "the last frame is shown");
    assertTrue(out.contains("... " + String.format("%,d", steps - 5) + " steps not shown"), out);
  }

  @Test
  void replay_sameSeed_sameEpisode_andAStartStateIsKept() {
    String[] args = {
      "replay",
      "--random",
      "--env",
      "FrozenLake-v1",
      "--seed",
      "5",
      "--no-delay",
      "--no-color",
      "--start",
      "4"
    };
    CliRun a = CliRun.of(args);
    CliRun b = CliRun.of(args);
    assertEquals(0, a.exitCode(), a.err());
    assertEquals(a.out(), b.out());
    assertTrue(a.out().contains("Start\nState: 4\n"), a.out());
  }

  @Test
  void replay_trialOfAResultsFolder_isRetrainedAsRecorded() {
    CliRun run = CliRun.of("replay", "results/tutorial-grid", "c040-r00", "--no-delay");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "Replay of Q-learning after 3,000 episodes (alpha 0.5, gamma 0.8, epsilon 0.4,"
                    + " seed 2018) on Taxi-v3"),
        run.out());
    assertTrue(run.out().contains("\u001b["), "colour unless --no-color");
  }

  @Test
  void replay_cliffWalking_gif_hasTilesForTheCliff() throws IOException {
    Path gif = dir.resolve("cliff.gif");
    CliRun run =
        CliRun.of(
            "replay",
            "--env",
            "CliffWalking-v1",
            "--learner",
            "sarsa",
            "--alpha",
            "0.5",
            "--gamma",
            "1",
            "--episodes",
            "500",
            "--seed",
            "66",
            "--no-delay",
            "--gif",
            gif.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(steps(run.out()) + 1, gifFrames(gif));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "replay --start 500|qsweep replay: --start 500 is out of range for Taxi-v3; allowed: 0 to 499",
        "replay --start -1|qsweep replay: --start -1 is out of range for Taxi-v3; allowed: 0 to 499",
        "replay --max-frames -1|qsweep replay: --max-frames must be >= 0 (0 for all), got -1",
        "replay --delay-ms -5|qsweep replay: --delay-ms must be >= 0, got -5",
        "replay --alpha 2|qsweep replay: alpha 2 is out of range; alpha must be in (0, 1]",
        "replay results/tutorial-grid|qsweep replay: give a TRIAL_ID after results/tutorial-grid, e.g. c001-r00",
        "replay results/tutorial-grid c999-r99|qsweep replay: no trial c999-r99 in results/tutorial-grid/trials.csv; ids look like c001-r00",
        "replay results/tutorial-grid c040-r00 --alpha 0.2|qsweep replay: --alpha: a trial from results/tutorial-grid is retrained as recorded; give DIR TRIAL_ID or training flags, not both",
        "replay --gif /nonexistent/folder/x.gif|qsweep replay: --gif /nonexistent/folder/x.gif: folder /nonexistent/folder does not exist or is not writable",
      })
  void replay_badInput_oneLine_exit2_nothingPrinted(String args, String line) {
    CliRun run = CliRun.of(args.split(" "));
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(line, run.errorLine());
    assertEquals("", run.out());
  }
}
