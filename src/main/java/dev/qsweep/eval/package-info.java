/**
 * Exact scoring over a model: value iteration for {@code Q*}, finite-horizon evaluation of a
 * deterministic or stochastic policy from the initial distribution (expected return, steps,
 * penalties, success probability), and the best return reachable within the time limit.
 *
 * <p>Scores here are computed, not sampled: two runs that learn the same policy get the same score
 * to the last bit. Depends on {@code dev.qsweep.env} and {@code dev.qsweep.util}.
 */
package dev.qsweep.eval;
