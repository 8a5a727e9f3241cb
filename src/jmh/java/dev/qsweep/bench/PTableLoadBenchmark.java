package dev.qsweep.bench;

import dev.qsweep.env.ModelCsv;
import dev.qsweep.env.TabularModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to read, check and build {@link PTableBenchmark}'s table from its file (3,000,000 lines, 68
 * MB), as {@code file:PATH} loads it, beside the time to build the same table in Java.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class PTableLoadBenchmark {
  private Path file;
  private long touches;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("qsweep-ptable", ".csv");
    Files.writeString(file, ModelCsv.of(PTableBenchmark.javaTable()), StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** A new modification time, so that each load reads the file again instead of its cache. */
  @Setup(Level.Invocation)
  public void touch() throws IOException {
    touches++;
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L + touches * 1000));
  }

  /** Reads, checks and builds the file's table. */
  @Benchmark
  public TabularModel file() {
    return PTableBenchmark.load(file);
  }

  /** Builds the same table in Java, through {@code TabularModel.Builder}. */
  @Benchmark
  public TabularModel java() {
    return PTableBenchmark.javaTable();
  }
}
