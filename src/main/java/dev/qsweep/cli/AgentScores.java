package dev.qsweep.cli;

import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.Greedy;
import dev.qsweep.eval.PolicyEvaluator;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.learn.RandomAgent;
import dev.qsweep.learn.Xoshiro256StarStar;
import dev.qsweep.run.SampledEvaluation;
import dev.qsweep.run.TrialResult;

/**
 * The tutorial's comparison for {@code qsweep train}: the random agent against the trained agent,
 * scored exactly under the model's time limit (over the infinite horizon without one), and
 * optionally sampled as the tutorial measures.
 *
 * @param random the random agent's exact score
 * @param agent the trained greedy policy's exact score
 * @param sampledRandom the random agent's sampled measure, or null
 * @param sampledAgent the trained agent's sampled measure, or null
 */
record AgentScores(
    PolicyScore random,
    PolicyScore agent,
    SampledEvaluation sampledRandom,
    SampledEvaluation sampledAgent) {

  /** Scores both agents; {@code sampled} episodes each (0 for none) from {@code seed}. */
  static AgentScores of(TabularModel model, TrialResult result, int sampled, long seed) {
    PolicyEvaluator evaluator = PolicyEvaluator.exact(model);
    double[] randomPolicy = RandomAgent.policy(model);
    int[] policy =
        Greedy.policy(result.greedyValues(), model.observationCount(), model.actionCount());
    PolicyScore random = evaluator.score(randomPolicy);
    PolicyScore agent = result.score();
    if (sampled <= 0) {
      return new AgentScores(random, agent, null, null);
    }
    if (evaluator.horizon() == 0) {
      return new AgentScores(
          random,
          agent,
          SampledEvaluation.runToTheEnd(
              model,
              null,
              sampled,
              evaluator.endlessStates(randomPolicy),
              new Xoshiro256StarStar(seed)),
          SampledEvaluation.runToTheEnd(
              model,
              policy,
              sampled,
              evaluator.endlessStates(policy),
              new Xoshiro256StarStar(seed)));
    }
    int horizon = evaluator.horizon();
    return new AgentScores(
        random,
        agent,
        SampledEvaluation.run(model, null, sampled, horizon, new Xoshiro256StarStar(seed)),
        SampledEvaluation.run(model, policy, sampled, horizon, new Xoshiro256StarStar(seed)));
  }
}
