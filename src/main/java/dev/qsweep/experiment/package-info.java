/**
 * Experiments: the {@link dev.qsweep.experiment.Grid} builder that experiment files use, {@link
 * dev.qsweep.experiment.TrialSpec} (the value that determines a trial), the derivation of each
 * trial's random streams from (root seed, replicate), and the in-process loader of {@code
 * experiments/*.java}. Depends on env, schedule and learn.
 */
package dev.qsweep.experiment;
