package dev.qsweep.eval;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.TabularModel;
import java.util.Arrays;

/**
 * Exact scoring of a policy over observations: expected return, steps, penalties and success
 * probability from the initial distribution, under a step limit or over the infinite horizon.
 *
 * <p>An instance owns its work arrays, so scoring the same model again (every K episodes of a
 * training run) allocates nothing. Not thread-safe; make one per thread.
 */
/*
 * Implementation note. Finite-horizon dynamic programming over (state, steps left): with
 * X_0 = 0 and, for an outcome k of the policy's row,
 *   R_n(s) = sum_k p_k (r_k + [!terminal_k] R_{n-1}(s'_k))       expected return
 *   L_n(s) = sum_k p_k (1   + [!terminal_k] L_{n-1}(s'_k))       expected steps
 *   C_n(s) = sum_k p_k (pen_k + [!terminal_k] C_{n-1}(s'_k))     expected penalties
 *   G_n(s) = sum_k p_k ([success_k] + [!terminal_k] G_{n-1}(s'_k)) success probability
 * and the score is sum_s0 mu(s0) X_H(s0). This is exact for stochastic models and costs
 * H * (outcomes of the policy's rows). For a deterministic model it equals one rollout per start
 * state, which is what we do there (Rollouts): a rollout that loops is finished in closed form, so
 * its cost is O(states) whatever H.
 *
 * Without a step limit (horizon 0) the sums are over the infinite horizon: a rollout that loops
 * never ends, and a stochastic chain is solved as an absorbing Markov chain (AbsorbingChain). Where
 * some episodes never end, the expected return, steps and penalties are conditional on ending, and
 * the score carries the probability of never ending.
 */
public final class PolicyEvaluator {
  /** The step limit used when a model has no time limit of its own. */
  public static final int HORIZON_WITHOUT_TIME_LIMIT = 1000;

  private final TabularModel model;
  private final int horizon;
  private final boolean uniformInitial;
  private final int denseLimit;
  private FiniteHorizon finiteHorizon;
  private Rollouts rollouts;
  private Rollouts.Episode episode;

  /**
   * An evaluator under the model's own time limit, or {@link #HORIZON_WITHOUT_TIME_LIMIT} where it
   * has none (what sweeps rank by: every policy gets finite figures).
   */
  public PolicyEvaluator(TabularModel model) {
    this(model, horizonOf(model));
  }

  /**
   * An evaluator under a step limit of {@code horizon}, or over the infinite horizon when it is 0.
   */
  public PolicyEvaluator(TabularModel model, int horizon) {
    this(model, horizon, AbsorbingChain.DENSE_LIMIT);
  }

  /** As {@link #PolicyEvaluator(TabularModel, int)}, solving densely up to {@code denseLimit}. */
  PolicyEvaluator(TabularModel model, int horizon, int denseLimit) {
    checkArgument(horizon >= 0, "horizon must be >= 0 (0 for none), got %s", horizon);
    this.model = model;
    this.horizon = horizon;
    this.denseLimit = denseLimit;
    this.uniformInitial = model.hasUniformInitial();
  }

  /**
   * An evaluator under the model's own time limit, or over the infinite horizon where it has none
   * (the tutorial's setting: no cap at all).
   */
  public static PolicyEvaluator exact(TabularModel model) {
    return new PolicyEvaluator(model, model.maxEpisodeSteps());
  }

  /**
   * Finishes a sum over start states: a plain weighted sum, or, for a uniform initial distribution
   * (Taxi's 300 states at 1/300), the unweighted sum divided by the count, which rounds once
   * instead of 300 times: 3921 / 300 is 13.07 exactly as printed.
   */
  private double initialMean(CompensatedSum sum) {
    return uniformInitial ? sum.value() / model.initialStateCount() : sum.value();
  }

  /** The model's time limit, or {@link #HORIZON_WITHOUT_TIME_LIMIT} where it has none. */
  public static int horizonOf(TabularModel model) {
    return model.maxEpisodeSteps() > 0 ? model.maxEpisodeSteps() : HORIZON_WITHOUT_TIME_LIMIT;
  }

  /** The step limit of this evaluator; 0 for none. */
  public int horizon() {
    return horizon;
  }

  /**
   * Scores {@code policy}, which gives an action for each observation.
   *
   * @throws IllegalArgumentException if the policy has the wrong length or an action out of range
   */
  public PolicyScore score(int[] policy) {
    checkArgument(
        policy.length == model.observationCount(),
        "policy covers %s observations, the model has %s",
        policy.length,
        model.observationCount());
    for (int a : policy) {
      checkArgument(a >= 0 && a < model.actionCount(), "action %s out of range", a);
    }
    return model.isDeterministic() ? rollouts(policy) : dynamicProgramming(policy, null);
  }

  /**
   * Scores a stochastic policy: {@code actionProbabilities[o * actions + a]} is the probability of
   * action {@code a} at observation {@code o} (the random agent is {@code 1 / actions} everywhere).
   *
   * @throws IllegalArgumentException if the array has the wrong length or a row does not sum to 1
   */
  public PolicyScore score(double[] actionProbabilities) {
    int actions = model.actionCount();
    checkArgument(
        actionProbabilities.length == model.observationCount() * actions,
        "policy has %s probabilities, the model needs %s",
        actionProbabilities.length,
        model.observationCount() * actions);
    for (int o = 0; o < model.observationCount(); o++) {
      double total = 0;
      for (int a = 0; a < actions; a++) {
        double p = actionProbabilities[o * actions + a];
        checkArgument(p >= 0 && p <= 1, "probability %s out of [0, 1]", p);
        total += p;
      }
      checkArgument(
          Math.abs(total - 1) < 1e-9,
          "probabilities at observation %s sum to %s",
          (Integer) o,
          (Double) total);
    }
    return dynamicProgramming(null, actionProbabilities);
  }

  /**
   * The states from which an episode following {@code policy} can never end (no path of
   * positive-probability outcomes reaches a terminal one): where a sampled episode without a time
   * limit would run forever.
   */
  public boolean[] endlessStates(int[] policy) {
    return endless(PolicyOutcomes.of(model, policy, null));
  }

  /** {@link #endlessStates(int[])} for a stochastic policy, as {@link #score(double[])} takes. */
  public boolean[] endlessStates(double[] actionProbabilities) {
    return endless(PolicyOutcomes.of(model, null, actionProbabilities));
  }

  private boolean[] endless(PolicyOutcomes o) {
    int states = model.stateCount();
    int[] all = new int[states];
    Arrays.setAll(all, s -> s);
    boolean[] canEnd = o.canEnd(all, states);
    boolean[] endless = new boolean[states];
    for (int s = 0; s < states; s++) {
      endless[s] = !canEnd[s];
    }
    return endless;
  }

  /**
   * Expected number of visits to each state in an episode that follows {@code policy} from the
   * initial distribution, within the step limit, or {@link #HORIZON_WITHOUT_TIME_LIMIT} steps
   * without one (the finite-horizon occupancy measure).
   */
  public double[] occupancy(int[] policy) {
    return Occupancy.of(model, policy, horizon > 0 ? horizon : HORIZON_WITHOUT_TIME_LIMIT);
  }

  private PolicyScore rollouts(int[] policy) {
    if (rollouts == null) {
      rollouts = new Rollouts(model);
      episode = new Rollouts.Episode();
    }
    CompensatedSum ret = new CompensatedSum();
    CompensatedSum steps = new CompensatedSum();
    CompensatedSum penalties = new CompensatedSum();
    CompensatedSum success = new CompensatedSum();
    CompensatedSum ends = new CompensatedSum();
    boolean allEnd = true;
    for (int j = 0; j < model.initialStateCount(); j++) {
      rollouts.run(policy, model.initialState(j), horizon, episode);
      double w = uniformInitial ? 1 : model.initialProbability(j);
      if (!episode.ends) {
        allEnd = false;
        continue;
      }
      ends.add(w);
      ret.add(w * episode.ret);
      steps.add(w * episode.steps);
      penalties.add(w * episode.penalties);
      if (episode.success) {
        success.add(w);
      }
    }
    return finish(ret, steps, penalties, success, ends, allEnd);
  }

  /**
   * The score from sums over start states of per-episode figures, counted over the episodes that
   * end ({@code ends} sums their weight): conditional on ending where some never do ({@code allEnd}
   * false, which only happens without a step limit).
   */
  private PolicyScore finish(
      CompensatedSum ret,
      CompensatedSum steps,
      CompensatedSum penalties,
      CompensatedSum success,
      CompensatedSum ends,
      boolean allEnd) {
    if (allEnd) {
      return new PolicyScore(
          initialMean(ret),
          initialMean(steps),
          initialMean(penalties),
          initialMean(success),
          horizon);
    }
    // Some episodes never end: the figures are conditional on ending (NaN if none ends).
    double total = uniformInitial ? model.initialStateCount() : 1;
    double endWeight = ends.value();
    double never = Math.max(0, Math.min(1, 1 - endWeight / total));
    return new PolicyScore(
        ret.value() / endWeight,
        steps.value() / endWeight,
        penalties.value() / endWeight,
        initialMean(success),
        0,
        never);
  }

  /** Infinite-horizon scores through the absorbing chain (see {@link AbsorbingChain}). */
  private PolicyScore infiniteHorizon(PolicyOutcomes o) {
    int[] reachable = o.reachable(model);
    AbsorbingChain.Solution c = AbsorbingChain.solve(o, reachable, model.stateCount(), denseLimit);
    CompensatedSum r = new CompensatedSum();
    CompensatedSum l = new CompensatedSum();
    CompensatedSum pen = new CompensatedSum();
    CompensatedSum g = new CompensatedSum();
    CompensatedSum ends = new CompensatedSum();
    for (int j = 0; j < model.initialStateCount(); j++) {
      int s = model.initialState(j);
      double w = uniformInitial ? 1 : model.initialProbability(j);
      double e = c.ends()[s];
      // A probability, whatever the last bits of the solve say.
      g.add(w * Math.min(1, c.success()[s]));
      if (e > 0) {
        ends.add(w * e);
        r.add(w * c.ret()[s]);
        l.add(w * c.steps()[s]);
        pen.add(w * c.penalties()[s]);
      }
    }
    return finish(r, l, pen, g, ends, c.allEnd());
  }

  private PolicyScore dynamicProgramming(int[] policy, double[] actionProbabilities) {
    PolicyOutcomes o = PolicyOutcomes.of(model, policy, actionProbabilities);
    if (horizon == 0) {
      return infiniteHorizon(o);
    }
    if (finiteHorizon == null) {
      finiteHorizon = new FiniteHorizon(model.stateCount());
    }
    FiniteHorizon x = finiteHorizon;
    x.solve(o, o.reachable(model), horizon);
    CompensatedSum r = new CompensatedSum();
    CompensatedSum l = new CompensatedSum();
    CompensatedSum c = new CompensatedSum();
    CompensatedSum g = new CompensatedSum();
    for (int j = 0; j < model.initialStateCount(); j++) {
      int s = model.initialState(j);
      double w = model.initialProbability(j);
      if (uniformInitial) {
        w = 1;
      }
      r.add(w * x.ret()[s]);
      l.add(w * x.steps()[s]);
      c.add(w * x.penalties()[s]);
      g.add(w * x.success()[s]);
    }
    return new PolicyScore(initialMean(r), initialMean(l), initialMean(c), initialMean(g), horizon);
  }
}
