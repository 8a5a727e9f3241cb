package dev.qsweep.learn;

import dev.qsweep.env.TabularModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A slow, obviously right implementation of the four learners: a dictionary model like Gymnasium's
 * {@code P}, a {@code Map} of Q rows, and each update written the way the textbook writes it. It
 * consumes random draws in the documented order, so it must match the fast learners bit for bit.
 */
final class ReferenceLearner {
  record Outcome(
      double p, int next, double reward, boolean terminal, boolean penalty, boolean success) {}

  private final Algorithm algorithm;
  private final Map<Integer, Map<Integer, List<Outcome>>> p = new HashMap<>();
  private final Map<Integer, Integer> observation = new HashMap<>();
  private final Map<Integer, double[]> qa = new HashMap<>();
  private final Map<Integer, double[]> qb = new HashMap<>();
  private final int actions;
  private final Xoshiro256StarStar explore;
  private final Xoshiro256StarStar dynamics;
  private boolean deterministic = true;
  long penalties;

  // The last episode's undiscounted return, and whether it terminated and at the goal.
  double episodeReturn;
  boolean terminated;
  boolean succeeded;

  ReferenceLearner(
      Algorithm algorithm,
      TabularModel m,
      double initialQ,
      Xoshiro256StarStar explore,
      Xoshiro256StarStar dynamics) {
    this.algorithm = algorithm;
    this.actions = m.actionCount();
    this.explore = explore;
    this.dynamics = dynamics;
    for (int s = 0; s < m.stateCount(); s++) {
      Map<Integer, List<Outcome>> row = new HashMap<>();
      for (int a = 0; a < actions; a++) {
        List<Outcome> outcomes = new ArrayList<>();
        int r = s * actions + a;
        for (int k = m.firstOutcome(r); k < m.firstOutcome(r + 1); k++) {
          outcomes.add(
              new Outcome(
                  m.probability(k),
                  m.nextState(k),
                  m.reward(k),
                  m.isTerminal(k),
                  m.isPenalty(k),
                  m.isSuccess(k)));
        }
        row.put(a, outcomes);
        deterministic &= outcomes.size() == 1;
      }
      p.put(s, row);
      observation.put(s, m.observationOf(s));
    }
    for (int o = 0; o < m.observationCount(); o++) {
      double[] a = new double[actions];
      double[] b = new double[actions];
      Arrays.fill(a, initialQ);
      Arrays.fill(b, initialQ);
      qa.put(o, a);
      qb.put(o, b);
    }
  }

  private static int argmax(double[] values) {
    int best = 0;
    for (int a = 1; a < values.length; a++) {
      if (values[a] > values[best]) {
        best = a;
      }
    }
    return best;
  }

  private static double max(double[] values) {
    return values[argmax(values)];
  }

  private double[] behaviourValues(int o) {
    if (algorithm != Algorithm.DOUBLE_Q_LEARNING) {
      return qa.get(o);
    }
    double[] sum = new double[actions];
    for (int a = 0; a < actions; a++) {
      sum[a] = qa.get(o)[a] + qb.get(o)[a];
    }
    return sum;
  }

  private int epsilonGreedy(int o, double epsilon) {
    if (explore.nextDouble() < epsilon) {
      return explore.nextInt(actions);
    }
    return argmax(behaviourValues(o));
  }

  private Outcome sample(int s, int a) {
    List<Outcome> outcomes = p.get(s).get(a);
    // Like Gymnasium's step, a stochastic model draws at every step, even on a one-outcome row.
    if (deterministic) {
      return outcomes.get(0);
    }
    double u = dynamics.nextDouble();
    double cumulative = 0;
    for (int i = 0; i < outcomes.size() - 1; i++) {
      cumulative += outcomes.get(i).p();
      if (cumulative > u) {
        return outcomes.get(i);
      }
    }
    return outcomes.get(outcomes.size() - 1);
  }

  /** One episode; returns its length. */
  int episode(int start, double alpha, double gamma, double epsilon, int cap) {
    int s = start;
    int t = 0;
    episodeReturn = 0;
    int a = algorithm == Algorithm.SARSA ? epsilonGreedy(observation.get(s), epsilon) : -1;
    while (true) {
      int o = observation.get(s);
      if (algorithm != Algorithm.SARSA) {
        a = epsilonGreedy(o, epsilon);
      }
      Outcome out = sample(s, a);
      int o2 = observation.get(out.next());
      t++;
      episodeReturn += out.reward();
      terminated = out.terminal();
      succeeded = out.success();
      if (out.penalty()) {
        penalties++;
      }
      double[] row = qa.get(o);
      switch (algorithm) {
        case Q_LEARNING:
          {
            double target = out.terminal() ? out.reward() : out.reward() + gamma * max(qa.get(o2));
            row[a] = (1 - alpha) * row[a] + alpha * target;
            break;
          }
        case EXPECTED_SARSA:
          {
            double target = out.reward();
            if (!out.terminal()) {
              double[] next = qa.get(o2);
              double sum = 0;
              for (double v : next) {
                sum += v;
              }
              target += gamma * ((1 - epsilon) * max(next) + epsilon * (sum / actions));
            }
            row[a] = (1 - alpha) * row[a] + alpha * target;
            break;
          }
        case SARSA:
          {
            if (out.terminal()) {
              row[a] = (1 - alpha) * row[a] + alpha * out.reward();
              return t;
            }
            int a2 = epsilonGreedy(o2, epsilon);
            row[a] = (1 - alpha) * row[a] + alpha * (out.reward() + gamma * qa.get(o2)[a2]);
            a = a2;
            break;
          }
        default:
          {
            boolean first = explore.nextDouble() < 0.5;
            Map<Integer, double[]> updated = first ? qa : qb;
            Map<Integer, double[]> judge = first ? qb : qa;
            double target = out.reward();
            if (!out.terminal()) {
              target += gamma * judge.get(o2)[argmax(updated.get(o2))];
            }
            double[] r = updated.get(o);
            r[a] = (1 - alpha) * r[a] + alpha * target;
          }
      }
      if (out.terminal()) {
        return t;
      }
      s = out.next();
      if (t == cap) {
        return t;
      }
    }
  }

  /** The first table, flat. */
  double[] table() {
    double[] flat = new double[qa.size() * actions];
    for (Map.Entry<Integer, double[]> e : qa.entrySet()) {
      System.arraycopy(e.getValue(), 0, flat, e.getKey() * actions, actions);
    }
    return flat;
  }
}
