/**
 * Running trials: one trial (train with schedules, fold learning curves, score exactly), a group of
 * compatible trials as lanes taking turns in one thread (bit for bit each trial alone), the
 * tutorial's sampled evaluation, the parallel sweep runner with its resumable journal, the result
 * files and their column definitions, and the merge of shards.
 *
 * <p>A trial's result is a pure function of its spec, apart from the wall-clock timings kept in
 * their own field. Depends on env, eval, learn, experiment and util.
 */
package dev.qsweep.run;
