package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.OptionSpec.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Environments read from a P-table file: the id {@code file:PATH}, where PATH is a CSV in the form
 * {@code qsweep model} prints (see {@link PTableFile}), relative to the working directory.
 */
/*
 * Implementation note. A sweep makes the same environment once per configuration and a trial
 * spec once more, so the parsed table is kept per (path, size, modification time): a 100,000 x
 * 10 table is read once per process, and an edited file is read again.
 */
public final class FileEnvironments {
  /** The prefix of a P-table id. */
  public static final String PREFIX = "file:";

  private static final int CACHED_TABLES = 4;

  private static final Map<String, PTableFile> CACHE =
      new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PTableFile> eldest) {
          return size() > CACHED_TABLES;
        }
      };

  private FileEnvironments() {}

  /** Whether {@code id} names a P-table file. */
  public static boolean isFileId(String id) {
    return id.startsWith(PREFIX);
  }

  /** The spec of a {@code file:PATH} id: its options and how to make it. */
  static EnvSpec spec(String id) {
    String path = id.substring(PREFIX.length());
    checkArgument(!path.isEmpty(), "environment id %s names no file; use file:PATH", id);
    List<OptionSpec> options =
        List.of(
            new OptionSpec(
                "initial_states",
                Kind.STATES,
                List.of(0),
                "start states, uniform over them (default: state 0)"),
            new OptionSpec(
                "penalty_reward",
                Kind.REWARD,
                null,
                "an outcome with this reward counts as a penalty (default: none)"),
            new OptionSpec(
                "penalty_failure",
                Kind.BOOLEAN,
                false,
                "a terminating outcome that is not a success counts as a penalty (a hole)"),
            new OptionSpec(
                "success",
                Kind.SUCCESS,
                "positive",
                "which terminating outcomes reach the goal (default: those with a reward > 0)"),
            new OptionSpec(
                Environments.MAX_EPISODE_STEPS, Kind.STEPS, 0, "time limit in steps; 0 for none"));
    return new EnvSpec(
        id,
        "a P table read from " + path,
        options,
        "none unless given",
        o -> make(id, Path.of(path), o));
  }

  private static Environment make(String id, Path path, EnvOptions options) {
    PTableFile p = read(path);
    @SuppressWarnings("unchecked")
    List<Integer> initial = (List<Integer>) options.get("initial_states");
    Double penaltyReward = (Double) options.get("penalty_reward");
    String success = (String) options.get("success");
    boolean failure = options.bool("penalty_failure");
    TabularModel.Builder b =
        TabularModel.builder(p.stateCount, p.actionCount)
            .maxEpisodeSteps(options.steps(Environments.MAX_EPISODE_STEPS));
    for (int k = 0; k < p.state.length; k++) {
      boolean terminal = p.terminated[k];
      boolean reached =
          terminal
              && (success.equals("terminal") || (success.equals("positive") && p.reward[k] > 0));
      boolean penalty =
          (penaltyReward != null && p.reward[k] == penaltyReward)
              || (failure && terminal && !reached);
      b.outcome(
          p.state[k],
          p.action[k],
          p.probability[k],
          p.next[k],
          p.reward[k],
          terminal,
          penalty,
          reached);
    }
    List<Integer> sorted = initial.stream().sorted().toList();
    for (int s : sorted) {
      checkArgument(
          s < p.stateCount,
          "option initial_states=%s: state %s is out of range for %s; allowed: 0 to %s",
          options.asText().get("initial_states"),
          s,
          id,
          p.stateCount - 1);
      b.initial(s, 1.0 / sorted.size());
    }
    TabularModel table = b.build();
    return new Environment(
        id,
        options,
        table,
        table,
        TabularEnvironment.numbered(p.actionCount),
        (s, color) -> {
          throw new IllegalArgumentException(id + " is a P table and has no drawing");
        });
  }

  private static PTableFile read(Path path) {
    String key;
    try {
      key =
          path.toAbsolutePath().normalize()
              + "|"
              + Files.size(path)
              + "|"
              + Files.getLastModifiedTime(path).toMillis();
    } catch (IOException e) {
      checkArgument(Files.exists(path), "P table %s does not exist", path);
      throw new UncheckedIOException(e);
    }
    synchronized (CACHE) {
      PTableFile cached = CACHE.get(key);
      if (cached == null) {
        cached = PTableFile.read(path);
        CACHE.put(key, cached);
      }
      return cached;
    }
  }
}
