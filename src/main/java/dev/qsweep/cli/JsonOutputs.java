package dev.qsweep.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.qsweep.env.Environment;
import dev.qsweep.eval.PolicyScore;
import dev.qsweep.eval.ValueIteration;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.run.SampledEvaluation;
import dev.qsweep.run.TrialResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code --json} outputs of the commands, one record per JSON object: each component's
 * {@code @JsonProperty} is the one place its key is spelled, and components are written in the
 * order declared. Sealed by golden files ({@code src/test/resources/golden/}).
 */
final class JsonOutputs {
  private JsonOutputs() {}

  /** {@code qsweep solve --json}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Solve(
      @JsonProperty("env") String env,
      @JsonProperty("options") Map<String, String> options,
      @JsonProperty("gamma") double gamma,
      @JsonProperty("sweeps") int sweeps,
      @JsonProperty("converged") boolean converged,
      @JsonProperty("horizon") int horizon,
      @JsonProperty("expected_return") double expectedReturn,
      @JsonProperty("expected_steps") double expectedSteps,
      @JsonProperty("expected_penalties") double expectedPenalties,
      @JsonProperty("success_probability") double successProbability,
      @JsonProperty("reward_per_move") double rewardPerMove,
      @JsonProperty("never_ends_probability") Double neverEndsProbability,
      @JsonProperty("figures") String figures) {

    static Solve of(
        Environment environment, double gamma, ValueIteration.Solution solution, PolicyScore s) {
      return new Solve(
          environment.id(),
          environment.options().asText(),
          gamma,
          solution.sweeps(),
          solution.converged(),
          s.horizon(),
          s.expectedReturn(),
          s.expectedSteps(),
          s.expectedPenalties(),
          s.successProbability(),
          s.rewardPerMove(),
          InfiniteHorizon.neverEnds(s),
          InfiniteHorizon.figures(s));
    }
  }

  /** {@code qsweep train --json}; the optional parts are left out when absent (null). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Train(
      @JsonProperty("env") String env,
      @JsonProperty("options") Map<String, String> options,
      @JsonProperty("learner") String learner,
      @JsonProperty("alpha") String alpha,
      @JsonProperty("gamma") String gamma,
      @JsonProperty("epsilon") String epsilon,
      @JsonProperty("initial_q") double initialQ,
      @JsonProperty("episodes") int episodes,
      @JsonProperty("seed") long seed,
      @JsonProperty("replicate") int replicate,
      @JsonProperty("train_steps") long trainSteps,
      @JsonProperty("train_penalties") long trainPenalties,
      @JsonProperty("train_truncated") long trainTruncated,
      @JsonProperty("train_seconds") double trainSeconds,
      @JsonProperty("eval") Score eval,
      @JsonProperty("random") Score random,
      @JsonProperty("first_optimal_episode") Integer firstOptimalEpisode,
      @JsonProperty("sampled") Sampled sampled,
      @JsonProperty("sampled_random") Sampled sampledRandom,
      @JsonProperty("q_values") Map<String, Double> qValues,
      @JsonProperty("state") Integer state) {

    /**
     * The JSON of one trained agent; {@code sampledAgent} and {@code sampledRandom} may be null (no
     * sampled episodes), and {@code showState} null (no Q-values shown).
     */
    static Train of(Environment environment, TrialResult r, AgentScores scores, Integer showState) {
      SampledEvaluation sampledAgent = scores.sampledAgent();
      SampledEvaluation sampledRandom = scores.sampledRandom();
      TrialSpec t = r.spec();
      Map<String, Double> qValues = null;
      if (showState != null) {
        qValues = new LinkedHashMap<>();
        int actions = environment.actionCount();
        for (int a = 0; a < actions; a++) {
          qValues.put(environment.actionNames().get(a), r.greedyValues()[showState * actions + a]);
        }
      }
      return new Train(
          environment.id(),
          environment.options().asText(),
          t.algorithm().text(),
          t.alpha().text(),
          t.gamma().text(),
          t.epsilon().text(),
          t.initialQ(),
          t.episodes(),
          t.rootSeed(),
          t.replicate(),
          r.totals().steps(),
          r.totals().penalties(),
          r.totals().truncated(),
          r.trainNanos() / 1e9,
          Score.of(scores.agent(), r.optimalReturn()),
          Score.of(scores.random(), r.optimalReturn()),
          r.firstOptimalEpisode() >= 0 ? r.firstOptimalEpisode() : null,
          sampledAgent == null ? null : Sampled.of(sampledAgent),
          sampledRandom == null ? null : Sampled.of(sampledRandom),
          qValues,
          showState);
    }
  }

  /**
   * A policy's exact score, and its gap to the optimal return; without a time limit, also the
   * probability of never ending and what the figures mean (left out under a limit).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Score(
      @JsonProperty("expected_return") double expectedReturn,
      @JsonProperty("expected_steps") double expectedSteps,
      @JsonProperty("expected_penalties") double expectedPenalties,
      @JsonProperty("success_probability") double successProbability,
      @JsonProperty("reward_per_move") double rewardPerMove,
      @JsonProperty("optimality_gap") double optimalityGap,
      @JsonProperty("never_ends_probability") Double neverEndsProbability,
      @JsonProperty("figures") String figures) {

    static Score of(PolicyScore s, double optimalReturn) {
      return new Score(
          s.expectedReturn(),
          s.expectedSteps(),
          s.expectedPenalties(),
          s.successProbability(),
          s.rewardPerMove(),
          optimalReturn - s.expectedReturn(),
          InfiniteHorizon.neverEnds(s),
          InfiniteHorizon.figures(s));
    }
  }

  /** The tutorial's sampled measure; {@code never_ended} only when some episodes never ended. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Sampled(
      @JsonProperty("episodes") int episodes,
      @JsonProperty("mean_return") double meanReturn,
      @JsonProperty("mean_steps") double meanSteps,
      @JsonProperty("mean_penalties") double meanPenalties,
      @JsonProperty("reward_per_move") double rewardPerMove,
      @JsonProperty("success_rate") double successRate,
      @JsonProperty("never_ended") Integer neverEnded) {

    static Sampled of(SampledEvaluation s) {
      return new Sampled(
          s.episodes(),
          s.meanReturn(),
          s.meanSteps(),
          s.meanPenalties(),
          s.rewardPerMove(),
          s.successRate(),
          s.neverEnded() > 0 ? s.neverEnded() : null);
    }
  }
}
