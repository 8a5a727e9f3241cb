/**
 * Exact scoring over a model: value iteration for {@code Q*}, and finite-horizon evaluation of a
 * policy from the initial distribution (expected return, steps, penalties, success probability).
 *
 * <p>Scores here are computed, not sampled: two runs that learn the same policy get the same score
 * to the last bit. Depends only on {@code dev.qsweep.env}.
 */
package dev.qsweep.eval;
