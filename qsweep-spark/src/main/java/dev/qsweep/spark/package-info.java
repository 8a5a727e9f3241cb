/**
 * Running a sweep's trials on Apache Spark ({@code qsweep sweep X.java --spark MASTER}), behind the
 * core's {@link dev.qsweep.run.TrialExecutor}: the driver expands the grid and sends each trial as
 * plain values; executors train them with the core's own code and send their rows back; only the
 * driver writes. Kept out of the core so that Spark's dependencies never reach {@code qsweep.jar}.
 */
package dev.qsweep.spark;
