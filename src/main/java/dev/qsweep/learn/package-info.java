/**
 * Learners over a flat {@code double[]} Q-table (Q-learning, SARSA, Expected SARSA, Double
 * Q-learning), epsilon-greedy with NumPy's tie-break, the random agent, and the xoshiro256** random
 * streams each trial owns. Several learners can take turns in one thread ({@code Lanes}), each bit
 * for bit as it would alone.
 *
 * <p>The episode loops here are the hot path: no allocation, boxing, streams or logging. Depends on
 * {@code dev.qsweep.env} and {@code dev.qsweep.util}.
 */
package dev.qsweep.learn;
