package dev.qsweep.bench;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.learn.TabularLearner;
import dev.qsweep.learn.Xoshiro256StarStar;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per environment step of each learner's training loop, one episode per invocation.
 *
 * <p>The learner keeps learning across invocations (as in a real run), so after warm-up the
 * episodes are short, the steady state of the tutorial's training. The "steps" counter is
 * environment steps per microsecond: 1000 / steps is nanoseconds per step.
 *
 * <pre>
 * mvn -B -Pbench package -DskipTests
 * java -jar target/benchmarks.jar TrainingBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingBenchmark {
  @Param({"Taxi-v3", "FrozenLake-v1", "Taxi-v4:rainy"})
  public String env;

  @Param({"q-learning", "sarsa", "expected-sarsa", "double-q"})
  public String learner;

  private TabularModel model;
  private TabularLearner agent;
  private Xoshiro256StarStar starts;

  @Setup(Level.Trial)
  public void setUp() {
    model =
        env.equals("Taxi-v4:rainy")
            ? Environments.make("Taxi-v4", Map.of("is_rainy", "true")).dynamics()
            : Environments.make(env).dynamics();
    Xoshiro256StarStar explore = new Xoshiro256StarStar(1);
    agent = Algorithm.parse(learner).create(model, 0, explore, new Xoshiro256StarStar(2));
    starts = new Xoshiro256StarStar(3);
  }

  /** Environment steps taken, reported as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Steps {
    public long steps;
  }

  /** One training episode; returns its length so JMH keeps the work. */
  @Benchmark
  public int episode(Steps counter) {
    int start = model.sampleInitialState(starts.nextDouble());
    int length = agent.runEpisode(start, 0.1, 0.6, 0.1, model.maxEpisodeSteps());
    counter.steps += length;
    return length;
  }
}
