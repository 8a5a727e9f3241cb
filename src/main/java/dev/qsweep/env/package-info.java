/**
 * Environments as flat primitive tables, identical to Gymnasium's: Taxi (v2, v3, v4), FrozenLake
 * and CliffWalking, with their options, time limits, initial distributions and ANSI drawings.
 *
 * <p>{@link dev.qsweep.env.Environments#make} turns an id and options into an {@link
 * dev.qsweep.env.Environment}; its {@link dev.qsweep.env.TabularModel} is what learners train on
 * and what exact evaluation reads. Depends only on {@code dev.qsweep.util}.
 */
package dev.qsweep.env;
