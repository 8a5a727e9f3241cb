/**
 * Search strategies over a space of hyperparameters: grid, random, successive halving, Hyperband
 * and a genetic algorithm. A strategy is a pure function from the outcomes of the batches it has
 * proposed to the next batch, so a resumed sweep that replays the same outcomes gets the same
 * decisions. Configuration {@code i} is drawn from a generator derived from (root seed, strategy,
 * i), never from a shared stream. Depends on experiment.
 */
package dev.qsweep.search;
