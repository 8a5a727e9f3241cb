/**
 * The PNG charts of a report, one class per chart kind (learning curves, exact evaluation,
 * heatmaps, schedules, box plot, random against trained, a search's best score so far and its score
 * against each parameter), over shared style and image helpers.
 *
 * <p>Reads a results folder through {@code dev.qsweep.run}'s column definitions; {@link
 * dev.qsweep.report.chart.Charts} draws them all and tells report.md what each one shows.
 */
package dev.qsweep.report.chart;
