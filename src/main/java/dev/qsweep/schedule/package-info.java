/**
 * Schedules for alpha, gamma and epsilon: pure functions of the episode index (constant, linear,
 * exponential, inverse-time, step), each with a text form that parses back to the same schedule.
 *
 * <p>A schedule never mutates when read, so the same trial gives the same values on any thread.
 * Depends only on {@code dev.qsweep.util}.
 */
package dev.qsweep.schedule;
