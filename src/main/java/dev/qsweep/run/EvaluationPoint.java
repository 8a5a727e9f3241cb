package dev.qsweep.run;

import dev.qsweep.eval.PolicyScore;

/**
 * The exact score of the greedy policy after {@code episodes} training episodes: one point of a
 * noise-free learning curve.
 */
public record EvaluationPoint(int episodes, PolicyScore score, double optimalityGap) {}
