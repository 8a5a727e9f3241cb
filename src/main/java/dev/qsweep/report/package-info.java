/**
 * Reports over a results folder, from its CSV files alone: statistics across replicates (Commons
 * Math), the ranking and the paired test against the best, summary.csv, charts and report.md.
 *
 * <p>Depends on {@code dev.qsweep.run} for the column definitions and on nothing that runs trials,
 * so a folder from shards or an earlier run reports the same way.
 */
package dev.qsweep.report;
