package dev.qsweep.run;

/**
 * What training did, summed over all episodes.
 *
 * @param episodes episodes run
 * @param steps environment steps taken
 * @param penalties penalty outcomes met
 * @param truncated episodes cut by the time limit
 * @param successes episodes that reached the goal
 * @param totalReturn sum of all episodes' returns
 */
public record TrainingTotals(
    long episodes,
    long steps,
    long penalties,
    long truncated,
    long successes,
    double totalReturn) {}
