/**
 * Running trials: one trial (train with schedules, fold learning curves, score exactly), the
 * tutorial's sampled evaluation, and (with the sweep) the parallel runner and its journal.
 *
 * <p>A trial's result is a pure function of its spec, apart from the wall-clock timings kept in
 * their own field. Depends on env, schedule, learn, eval and experiment.
 */
package dev.qsweep.run;
