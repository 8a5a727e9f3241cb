package dev.qsweep.bench;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.learn.Lanes;
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
 * Time per environment step of K lanes taking turns ({@link Lanes}), one finished episode per
 * invocation, for each learner on a deterministic and two stochastic models. The "steps" counter is
 * environment steps per microsecond over all lanes: 1000 / steps is nanoseconds per step.
 *
 * <pre>
 * mvn -B -Pbench package -DskipTests
 * java -jar target/benchmarks.jar LanesBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LanesBenchmark {
  @Param({"Taxi-v3", "FrozenLake-v1", "Taxi-v4:rainy"})
  public String env;

  @Param({"q-learning", "sarsa", "expected-sarsa", "double-q"})
  public String learner;

  @Param({"1", "4"})
  public int lanes;

  private TabularModel model;
  private Lanes group;
  private Xoshiro256StarStar starts;

  @Setup(Level.Trial)
  public void setUp() {
    model =
        env.equals("Taxi-v4:rainy")
            ? Environments.make("Taxi-v4", Map.of("is_rainy", "true")).dynamics()
            : Environments.make(env).dynamics();
    Xoshiro256StarStar[] explore = new Xoshiro256StarStar[lanes];
    Xoshiro256StarStar[] dynamics = new Xoshiro256StarStar[lanes];
    for (int k = 0; k < lanes; k++) {
      explore[k] = new Xoshiro256StarStar(1 + k);
      dynamics[k] = new Xoshiro256StarStar(100 + k);
    }
    group = Lanes.of(Algorithm.parse(learner), model, new double[lanes], explore, dynamics);
    starts = new Xoshiro256StarStar(3);
    for (int k = 0; k < lanes; k++) {
      begin(k);
    }
  }

  private void begin(int lane) {
    int start = model.sampleInitialState(starts.nextDouble());
    group.begin(lane, start, 0.1, 0.6, 0.1, model.maxEpisodeSteps());
  }

  /** Environment steps taken, reported as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Steps {
    public long steps;
  }

  /** Steps the lanes until one ends an episode, and begins its next; returns that lane. */
  @Benchmark
  public int episode(Steps counter) {
    int lane = group.next();
    counter.steps += group.learner(lane).episodeSteps();
    begin(lane);
    return lane;
  }
}
