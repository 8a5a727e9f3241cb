package dev.qsweep.bench;

import dev.qsweep.env.Environments;
import dev.qsweep.env.ModelCsv;
import dev.qsweep.env.TabularModel;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.learn.TabularLearner;
import dev.qsweep.learn.Xoshiro256StarStar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A large P table from a file against the same table built in Java, as the built-in environments
 * are built: training speed in environment steps per microsecond (Q-learning, step cap 200; the
 * learner keeps learning across invocations). {@link PTableLoadBenchmark} times the load.
 *
 * <p>The table is {@code scripts/bench-ptable}'s: 100,000 states x 10 actions, 3 outcomes a row
 * (probabilities 0.8, 0.1, 0.1 to random states), -1 a step, +1 and the end at the last state.
 *
 * <pre>
 * mvn -B -Pbench package -DskipTests
 * java -jar target/benchmarks.jar 'PTable.*Benchmark'
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class PTableBenchmark {
  static final int STATES = 100_000;
  static final int ACTIONS = 10;
  static final double[] PROBABILITIES = {0.8, 0.1, 0.1};

  /** Where the table comes from: {@code java} (built by the Builder) or {@code file}. */
  @Param({"java", "file"})
  public String source;

  private Path file;
  private TabularModel model;
  private TabularLearner agent;

  /** The table built in Java, as a built-in environment is built. */
  static TabularModel javaTable() {
    Random random = new Random(1);
    TabularModel.Builder b = TabularModel.builder(STATES, ACTIONS).maxEpisodeSteps(200);
    for (int s = 0; s < STATES; s++) {
      for (int a = 0; a < ACTIONS; a++) {
        for (double p : PROBABILITIES) {
          int next = random.nextInt(STATES);
          boolean goal = next == STATES - 1;
          b.outcome(s, a, p, next, goal ? 1 : -1, goal, false, goal);
        }
      }
    }
    return b.initial(0, 1.0).build();
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    TabularModel built = javaTable();
    file = Files.createTempFile("qsweep-ptable", ".csv");
    Files.writeString(file, ModelCsv.of(built), StandardCharsets.UTF_8);
    model = source.equals("java") ? built : load(file);
    agent =
        Algorithm.parse("q-learning")
            .create(model, 0, new Xoshiro256StarStar(1), new Xoshiro256StarStar(2));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Reads {@code file} as a {@code file:} environment with the same time limit. */
  static TabularModel load(Path file) {
    return Environments.make("file:" + file, Map.of("max_episode_steps", "200")).dynamics();
  }

  /** Environment steps taken, reported as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Steps {
    public long steps;
  }

  /** One Q-learning episode on the table; returns its length so JMH keeps the work. */
  @Benchmark
  public int train(Steps counter) {
    int length = agent.runEpisode(0, 0.1, 0.6, 0.1, 200);
    counter.steps += length;
    return length;
  }
}
