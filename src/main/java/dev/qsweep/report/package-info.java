/**
 * Reports over a results folder, from its CSV files alone: statistics across replicates (Commons
 * Math), the ranking and the paired test against the best (within the best's budget in a search),
 * summary.csv, report.md, a search's history (its stages and best score so far), the comparison of
 * several folders, and the PNG charts of {@link dev.qsweep.report.chart} (XChart and Java2D).
 *
 * <p>Reads results through {@code dev.qsweep.run}'s column definitions and never runs a trial, so a
 * folder merged from shards reports exactly as a single run; it uses env, eval and learn only to
 * score the random agent of the tutorial's comparison.
 */
package dev.qsweep.report;
