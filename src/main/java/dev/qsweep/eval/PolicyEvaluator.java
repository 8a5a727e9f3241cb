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

  /**
   * The outcomes a policy follows from each state, flattened once per evaluation: weight (action
   * probability times outcome probability), next state (-1 when the outcome ends the episode),
   * reward, and penalty and success as 0 or 1; outcomes of state s are {@code first[s] .. first[s +
   * 1] - 1}, in action then outcome order.
   */
  private record Compact(
      int[] first,
      double[] weight,
      int[] next,
      double[] reward,
      double[] penalty,
      double[] success) {}

  private Compact compact(int[] policy, double[] actionProbabilities) {
    int states = model.stateCount();
    int actions = model.actionCount();
    int[] first = new int[states + 1];
    int count = 0;
    for (int s = 0; s < states; s++) {
      first[s] = count;
      for (int a = firstAction(s, policy); a <= lastAction(s, policy); a++) {
        if (weightOf(s, a, policy, actionProbabilities) > 0) {
          int row = s * actions + a;
          count += model.firstOutcome(row + 1) - model.firstOutcome(row);
        }
      }
    }
    first[states] = count;
    double[] weight = new double[count];
    int[] next = new int[count];
    double[] reward = new double[count];
    double[] penalty = new double[count];
    double[] success = new double[count];
    int at = 0;
    for (int s = 0; s < states; s++) {
      for (int a = firstAction(s, policy); a <= lastAction(s, policy); a++) {
        double pa = weightOf(s, a, policy, actionProbabilities);
        if (pa == 0) {
          continue;
        }
        int row = s * actions + a;
        for (int k = model.firstOutcome(row); k < model.firstOutcome(row + 1); k++) {
          weight[at] = pa * model.probability(k);
          next[at] = model.isTerminal(k) ? -1 : model.nextState(k);
          reward[at] = model.reward(k);
          penalty[at] = model.isPenalty(k) ? 1 : 0;
          success[at] = model.isSuccess(k) ? 1 : 0;
          at++;
        }
      }
    }
    return new Compact(first, weight, next, reward, penalty, success);
  }

  private int firstAction(int s, int[] policy) {
    return policy == null ? 0 : policy[model.observationOf(s)];
  }

  private int lastAction(int s, int[] policy) {
    return policy == null ? model.actionCount() - 1 : policy[model.observationOf(s)];
  }

  private double weightOf(int s, int a, int[] policy, double[] actionProbabilities) {
    return policy == null
        ? actionProbabilities[model.observationOf(s) * model.actionCount() + a]
        : 1;
  }

  /** The states an episode can visit from the initial distribution: the only ones the DP needs. */
  private int[] reachable(Compact c) {
    int states = model.stateCount();
    boolean[] seen = new boolean[states];
    int[] queue = new int[states];
    int tail = 0;
    for (int j = 0; j < model.initialStateCount(); j++) {
      int s = model.initialState(j);
      if (!seen[s]) {
        seen[s] = true;
        queue[tail++] = s;
      }
    }
    for (int head = 0; head < tail; head++) {
      int s = queue[head];
      for (int k = c.first[s]; k < c.first[s + 1]; k++) {
        int next = c.next[k];
        if (next >= 0 && c.weight[k] > 0 && !seen[next]) {
          seen[next] = true;
          queue[tail++] = next;
        }
      }
    }
    // In state order, so every state is updated in the same order as a full sweep would.
    int[] order = new int[tail];
    int i = 0;
    for (int s = 0; s < states; s++) {
      if (seen[s]) {
        order[i++] = s;
      }
    }
    return order;
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
    Compact o = compact(policy, actionProbabilities);
    int[] reachable = reachable(o);
    for (int n = 1; n <= horizon; n++) {
      boolean changed = false;
      for (int s : reachable) {
        double r = 0;
        double l = 0;
        double pen = 0;
        double g = 0;
        for (int k = o.first[s]; k < o.first[s + 1]; k++) {
          double w = o.weight[k];
          double rk = o.reward[k];
          double lk = 1;
          double ck = o.penalty[k];
          double gk = o.success[k];
          int next = o.next[k];
          if (next >= 0) {
            rk += ret[next];
            lk += steps[next];
            ck += penalties[next];
            gk += success[next];
          }
          r += w * rk;
          l += w * lk;
          pen += w * ck;
          g += w * gk;
        }
        changed |= r != ret[s] || l != steps[s] || pen != penalties[s] || g != success[s];
        nextRet[s] = r;
        nextSteps[s] = l;
        nextPenalties[s] = pen;
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
      if (!changed) {
        // A sweep that changed no bit is a fixed point of the (deterministic) update: every later
        // sweep would give these same bits, so stopping here is exact, not an approximation.
        break;
      }
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
