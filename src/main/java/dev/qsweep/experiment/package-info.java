/**
 * Experiments: {@link dev.qsweep.experiment.TrialSpec}, the value that determines a trial, and the
 * derivation of each trial's random streams from (root seed, replicate). With the sweep it gains
 * the grid builder and the loader of {@code experiments/*.java}.
 */
package dev.qsweep.experiment;
