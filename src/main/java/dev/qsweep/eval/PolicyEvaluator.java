package dev.qsweep.eval;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.TabularModel;
import java.util.Arrays;

/**
 * Exact scoring of a deterministic policy over observations: expected return, steps, penalties and
 * success probability from the initial distribution, under a step limit.
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
 * H * (outcomes of the policy's rows). For a deterministic model it equals one rollout of at most
 * H steps per start state, which is what we do there: cheaper, and the same numbers.
 */
public final class PolicyEvaluator {
  /** The step limit used when a model has no time limit of its own. */
  public static final int HORIZON_WITHOUT_TIME_LIMIT = 1000;

  private final TabularModel model;
  private final int horizon;
  private final boolean uniformInitial;
  private double[] ret;
  private double[] steps;
  private double[] penalties;
  private double[] success;
  private double[] nextRet;
  private double[] nextSteps;
  private double[] nextPenalties;
  private double[] nextSuccess;

  /** An evaluator under the model's own time limit, or {@link #HORIZON_WITHOUT_TIME_LIMIT}. */
  public PolicyEvaluator(TabularModel model) {
    this(model, horizonOf(model));
  }

  /** An evaluator under a step limit of {@code horizon}. */
  public PolicyEvaluator(TabularModel model, int horizon) {
    checkArgument(horizon > 0, "horizon must be positive, got %s", horizon);
    this.model = model;
    this.horizon = horizon;
    boolean uniform = true;
    for (int j = 1; j < model.initialStateCount(); j++) {
      uniform &= model.initialProbability(j) == model.initialProbability(0);
    }
    this.uniformInitial = uniform;
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

  /** The step limit of this evaluator. */
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
   * Expected number of visits to each state in an episode that follows {@code policy} from the
   * initial distribution, within the step limit (the finite-horizon occupancy measure).
   */
  public double[] occupancy(int[] policy) {
    int states = model.stateCount();
    int actions = model.actionCount();
    double[] visits = new double[states];
    double[] now = new double[states];
    double[] next = new double[states];
    for (int j = 0; j < model.initialStateCount(); j++) {
      now[model.initialState(j)] += model.initialProbability(j);
    }
    for (int t = 0; t < horizon; t++) {
      Arrays.fill(next, 0);
      boolean any = false;
      for (int s = 0; s < states; s++) {
        double mass = now[s];
        if (mass == 0) {
          continue;
        }
        any = true;
        visits[s] += mass;
        int row = s * actions + policy[model.observationOf(s)];
        for (int k = model.firstOutcome(row); k < model.firstOutcome(row + 1); k++) {
          if (!model.isTerminal(k)) {
            next[model.nextState(k)] += mass * model.probability(k);
          }
        }
      }
      if (!any) {
        break;
      }
      double[] swap = now;
      now = next;
      next = swap;
    }
    return visits;
  }

  private PolicyScore rollouts(int[] policy) {
    CompensatedSum ret = new CompensatedSum();
    CompensatedSum steps = new CompensatedSum();
    CompensatedSum penalties = new CompensatedSum();
    CompensatedSum success = new CompensatedSum();
    int actions = model.actionCount();
    for (int j = 0; j < model.initialStateCount(); j++) {
      double weight = model.initialProbability(j);
      int s = model.initialState(j);
      double episodeReturn = 0;
      int episodePenalties = 0;
      int t = 0;
      boolean reached = false;
      while (t < horizon) {
        int k = s * actions + policy[model.observationOf(s)];
        episodeReturn += model.reward(k);
        if (model.isPenalty(k)) {
          episodePenalties++;
        }
        t++;
        if (model.isTerminal(k)) {
          reached = model.isSuccess(k);
          break;
        }
        s = model.nextState(k);
      }
      double w = uniformInitial ? 1 : weight;
      ret.add(w * episodeReturn);
      steps.add(w * t);
      penalties.add(w * episodePenalties);
      if (reached) {
        success.add(w);
      }
    }
    return new PolicyScore(
        initialMean(ret),
        initialMean(steps),
        initialMean(penalties),
        initialMean(success),
        horizon);
  }

  private PolicyScore dynamicProgramming(int[] policy, double[] actionProbabilities) {
    int states = model.stateCount();
    if (ret == null) {
      ret = new double[states];
      steps = new double[states];
      penalties = new double[states];
      success = new double[states];
      nextRet = new double[states];
      nextSteps = new double[states];
      nextPenalties = new double[states];
      nextSuccess = new double[states];
    }
    Arrays.fill(ret, 0);
    Arrays.fill(steps, 0);
    Arrays.fill(penalties, 0);
    Arrays.fill(success, 0);
    int actions = model.actionCount();
    for (int n = 1; n <= horizon; n++) {
      for (int s = 0; s < states; s++) {
        double r = 0;
        double l = 0;
        double c = 0;
        double g = 0;
        int firstAction = policy == null ? 0 : policy[model.observationOf(s)];
        int lastAction = policy == null ? actions - 1 : firstAction;
        for (int a = firstAction; a <= lastAction; a++) {
          double pa =
              policy == null ? actionProbabilities[model.observationOf(s) * actions + a] : 1;
          if (pa == 0) {
            continue;
          }
          int row = s * actions + a;
          for (int k = model.firstOutcome(row); k < model.firstOutcome(row + 1); k++) {
            double p = pa * model.probability(k);
            double rk = model.reward(k);
            double lk = 1;
            double ck = model.isPenalty(k) ? 1 : 0;
            double gk = model.isSuccess(k) ? 1 : 0;
            if (!model.isTerminal(k)) {
              int next = model.nextState(k);
              rk += ret[next];
              lk += steps[next];
              ck += penalties[next];
              gk += success[next];
            }
            r += p * rk;
            l += p * lk;
            c += p * ck;
            g += p * gk;
          }
        }
        nextRet[s] = r;
        nextSteps[s] = l;
        nextPenalties[s] = c;
        nextSuccess[s] = g;
      }
      double[] swap = ret;
      ret = nextRet;
      nextRet = swap;
      swap = steps;
      steps = nextSteps;
      nextSteps = swap;
      swap = penalties;
      penalties = nextPenalties;
      nextPenalties = swap;
      swap = success;
      success = nextSuccess;
      nextSuccess = swap;
    }
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
      r.add(w * ret[s]);
      l.add(w * steps[s]);
      c.add(w * penalties[s]);
      g.add(w * success[s]);
    }
    return new PolicyScore(initialMean(r), initialMean(l), initialMean(c), initialMean(g), horizon);
  }
}
