package dev.qsweep.bench;

import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.run.TrialResult;
import dev.qsweep.run.TrialRunner;
import dev.qsweep.schedule.Schedule;
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
 * Time per episode of a whole trial as a sweep runs it ({@link TrialRunner}): the learner's steps
 * and the per-episode work around them (start draw, schedules, curve folding), plus the final
 * scoring. One trial of {@link #EPISODES} episodes per invocation. The "episodes" counter is
 * episodes per microsecond; {@code -prof gc}'s {@code gc.alloc.rate.norm} divided by {@link
 * #EPISODES} is bytes per episode (the trial's result objects, amortized).
 *
 * <pre>
 * mvn -B -Pbench package -DskipTests
 * java -jar target/benchmarks.jar TrialBenchmark -prof gc
 * java -jar target/benchmarks.jar TrialBenchmark -p env=FrozenLake-v1 -p learner=q-learning
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrialBenchmark {
  /** Episodes per trial (per invocation). */
  public static final int EPISODES = 20_000;

  @Param({"FrozenLake-v1", "Taxi-v4:rainy", "Taxi-v3"})
  public String env;

  @Param({"q-learning", "sarsa", "expected-sarsa", "double-q"})
  public String learner;

  /** "constant": alpha 0.1, epsilon 0.1; "decaying": both exponential, then at their floors. */
  @Param({"constant", "decaying"})
  public String schedules;

  private TrialSpec spec;
  private TabularModel model;
  private double optimalReturn;

  @Setup(Level.Trial)
  public void setUp() {
    boolean rainy = env.equals("Taxi-v4:rainy");
    boolean decaying = schedules.equals("decaying");
    spec =
        new TrialSpec(
            rainy ? "Taxi-v4" : env,
            rainy ? Map.of("is_rainy", "true") : Map.of(),
            Algorithm.parse(learner),
            decaying ? Schedule.exponential(0.5, 0.9995, 0.05) : Schedule.constant(0.1),
            Schedule.constant(0.95),
            decaying ? Schedule.exponential(1, 0.9995, 0.01) : Schedule.constant(0.1),
            0,
            EPISODES,
            0,
            TrialSpec.DEFAULT_CURVE_BINS,
            1,
            0);
    model = spec.environment().dynamics();
    optimalReturn = OptimalControl.optimalReturn(model);
  }

  /** Episodes trained, reported as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Episodes {
    public long episodes;
  }

  /** One whole trial; returns its result so JMH keeps the work. */
  @Benchmark
  public TrialResult trial(Episodes counter) {
    counter.episodes += EPISODES;
    return TrialRunner.run(spec, model, optimalReturn);
  }
}
