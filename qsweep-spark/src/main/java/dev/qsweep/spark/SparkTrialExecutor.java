package dev.qsweep.spark;

import dev.qsweep.experiment.Grid;
import dev.qsweep.run.BudgetedTrial;
import dev.qsweep.run.TrialExecutor;
import dev.qsweep.run.TrialSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs trials on Spark: each {@link #run} (a grid's trials, or one batch of a search) is one Spark
 * job whose tasks train slices of the trials on executors and send their rows back. The driver
 * hands each trial to the sink as its task ends (so the journal and the progress line advance while
 * the job runs), once: a task that Spark retried or ran twice cannot record a trial twice.
 */
final class SparkTrialExecutor implements TrialExecutor {
  /**
   * Seconds a cluster may have no executor before the job is given up ({@code
   * -Dqsweep.spark.executorWaitSeconds}); Spark itself would wait for one forever.
   */
  static final String EXECUTOR_WAIT_PROPERTY = "qsweep.spark.executorWaitSeconds";

  private static final int DEFAULT_EXECUTOR_WAIT_SECONDS = 120;
  // Tasks per core: small tasks keep the progress line moving and lose little to a dead worker.
  private static final int TASKS_PER_CORE = 8;

  private final String master;
  private final JavaSparkContext context;
  private final int lanes;

  SparkTrialExecutor(String master, JavaSparkContext context, int lanes) {
    this.master = master;
    this.context = context;
    this.lanes = lanes;
  }

  @Override
  public void run(Iterator<Grid.Trial> trials, TrialSink sink) {
    List<Grid.Trial> job = new ArrayList<>();
    List<TrialWire> wires = new ArrayList<>();
    while (trials.hasNext()) {
      Grid.Trial trial = trials.next();
      wires.add(TrialWire.of(job.size(), trial));
      job.add(trial);
    }
    run(job, wires, false, sink);
  }

  /**
   * Trains a budgeted search's batch as one Spark job: executors keep no trial between jobs, so
   * each trial is retrained from episode 0 to its budget, which gives the bits of a trial continued
   * from where it paused (only its env steps, counted from episode 0, differ).
   *
   * @throws IllegalArgumentException for a trial of an environment executors cannot rebuild
   */
  @Override
  public void run(List<BudgetedTrial> batch, TrialSink sink) {
    List<Grid.Trial> job = new ArrayList<>(batch.size());
    List<TrialWire> wires = new ArrayList<>(batch.size());
    for (BudgetedTrial trial : batch) {
      SparkProvider.checkBuiltIn(trial.trial().spec().envId(), "search");
      wires.add(TrialWire.of(job.size(), trial));
      job.add(trial.trial());
    }
    run(job, wires, true, sink);
  }

  /** Runs {@code wires}, the values of {@code job}'s trials, as one Spark job. */
  private void run(List<Grid.Trial> job, List<TrialWire> wires, boolean budgeted, TrialSink sink) {
    if (job.isEmpty()) {
      return;
    }
    int slices = Math.min(job.size(), Math.max(1, context.defaultParallelism() * TASKS_PER_CORE));
    RDD<TrialWire> rdd = context.parallelize(wires, slices).rdd();
    Deliver deliver = new Deliver(job, sink);
    SparkContext sc = context.sc();
    String group = "qsweep-" + System.nanoTime();
    sc.setJobGroup(group, "qsweep: " + job.size() + " trials", true);
    AtomicBoolean lost = new AtomicBoolean();
    ScheduledExecutorService watchdog = watchdog(sc, group, lost);
    try {
      ClassTag<PartitionResult> tag = ClassTag$.MODULE$.apply(PartitionResult.class);
      sc.runJob(rdd, new RunPartition(lanes, budgeted), deliver, tag);
    } catch (Exception e) { // Scala throws SparkException undeclared
      throw failure(e, lost.get());
    } finally {
      if (watchdog != null) {
        watchdog.shutdownNow();
      }
      sc.clearJobGroup();
    }
  }

  /**
   * A cluster's watchdog: cancels the job when no executor has been alive for the wait (every
   * worker lost, or none ever came). Local masters run in this JVM and need none.
   */
  private ScheduledExecutorService watchdog(SparkContext sc, String group, AtomicBoolean lost) {
    if (Masters.isLocal(master)) {
      return null;
    }
    long waitNanos = TimeUnit.SECONDS.toNanos(executorWaitSeconds());
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "qsweep-spark-watchdog");
              t.setDaemon(true);
              return t;
            });
    long[] since = {System.nanoTime()};
    var unused =
        timer.scheduleWithFixedDelay(
            () -> {
              // The driver is listed among the executors: more than one means a live executor.
              if (sc.statusTracker().getExecutorInfos().length > 1) {
                since[0] = System.nanoTime();
              } else if (System.nanoTime() - since[0] > waitNanos && !lost.getAndSet(true)) {
                sc.cancelJobGroup(group);
              }
            },
            1,
            1,
            TimeUnit.SECONDS);
    return timer;
  }

  /** The line a failed job ends with: the trials delivered so far are in the journal. */
  private RuntimeException failure(Exception e, boolean lost) {
    if (e.getCause() instanceof UncheckedIOException sinkFailure) {
      return sinkFailure; // the driver could not write the journal: that is the failure
    }
    String why =
        lost
            ? String.format(
                Locale.ROOT,
                "Spark master %s has had no executor for %d s (its workers are gone)",
                master,
                executorWaitSeconds())
            : "the Spark job failed on " + master + ": " + SparkContexts.firstLine(e);
    return new UncheckedIOException(
        new IOException(why + "; the trials finished so far are kept: rerun with --resume", e));
  }

  static int executorWaitSeconds() {
    return Integer.getInteger(EXECUTOR_WAIT_PROPERTY, DEFAULT_EXECUTOR_WAIT_SECONDS);
  }

  /** Leaves the JVM's context running for the next sweep: {@link SparkContexts}. */
  @Override
  public void close() {}

  /**
   * The driver's end: each task's outcomes to the sink, each trial of the job once (by its place in
   * the job, so even a batch that holds one trial id twice gets both, as local threads do).
   */
  static final class Deliver extends AbstractFunction2<Object, PartitionResult, BoxedUnit> {
    private final List<Grid.Trial> job;
    private final TrialSink sink;
    private final BitSet delivered = new BitSet();

    Deliver(List<Grid.Trial> job, TrialSink sink) {
      this.job = job;
      this.sink = sink;
    }

    @Override
    public synchronized BoxedUnit apply(Object partition, PartitionResult result) {
      for (Outcome o : result.outcomes()) {
        if (delivered.get(o.position())) {
          continue;
        }
        delivered.set(o.position());
        Grid.Trial trial = job.get(o.position());
        if (o.failure() == null) {
          sink.finished(trial, o.rows(), o.envSteps());
        } else {
          sink.failed(trial, o.failure());
        }
      }
      return BoxedUnit.UNIT;
    }
  }
}
