package dev.qsweep.experiment;

import dev.qsweep.env.Environments;
import dev.qsweep.learn.Algorithm;
import dev.qsweep.schedule.Schedule;
import java.util.List;
import java.util.Map;

/**
 * A grid's axes and the configuration at any position of their product, computed when asked: a grid
 * never holds its configurations, so its memory does not grow with their number.
 *
 * <p>Position {@code raw} is a mixed-radix number over the axes, outermost first (environment,
 * learner, alpha, gamma, epsilon, initial Q, episodes, step cap), each axis's values in the order
 * they were declared.
 */
final class Axes {
  private final List<String> envIds;
  // Per environment, per step cap: the options once normalized (a cap equal to the default drops).
  private final List<List<Map<String, String>>> envOptions;
  private final List<Algorithm> learners;
  private final List<Schedule> alphas;
  private final List<Schedule> gammas;
  private final List<Schedule> epsilons;
  private final List<Double> initialQs;
  private final List<Integer> episodes;
  private final int caps;

  Axes(
      List<String> envIds,
      List<List<Map<String, String>>> envOptions,
      List<Algorithm> learners,
      List<Schedule> alphas,
      List<Schedule> gammas,
      List<Schedule> epsilons,
      List<Double> initialQs,
      List<Integer> episodes,
      int caps) {
    this.envIds = List.copyOf(envIds);
    this.envOptions = List.copyOf(envOptions);
    this.learners = List.copyOf(learners);
    this.alphas = List.copyOf(alphas);
    this.gammas = List.copyOf(gammas);
    this.epsilons = List.copyOf(epsilons);
    this.initialQs = List.copyOf(initialQs);
    this.episodes = List.copyOf(episodes);
    this.caps = caps;
  }

  /** The number of positions, saturating at {@link Long#MAX_VALUE}. */
  long size() {
    long size = 1;
    for (long axis :
        new long[] {
          envIds.size(),
          learners.size(),
          alphas.size(),
          gammas.size(),
          epsilons.size(),
          initialQs.size(),
          episodes.size(),
          caps
        }) {
      size = saturatedProduct(size, axis);
    }
    return size;
  }

  /** Whether some environment on the axes, with some step cap, has no time limit. */
  boolean withoutTimeLimit() {
    for (int e = 0; e < envIds.size(); e++) {
      for (Map<String, String> options : envOptions.get(e)) {
        if (Environments.maxEpisodeSteps(envIds.get(e), options) == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code a * b} for non-negative numbers, or {@link Long#MAX_VALUE} if it overflows. */
  static long saturatedProduct(long a, long b) {
    return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
  }

  /** The configuration at position {@code raw}, with the given id and index. */
  Configuration at(long raw, String id, int index) {
    long rest = raw;
    int cap = (int) (rest % caps);
    rest /= caps;
    int n = (int) (rest % episodes.size());
    rest /= episodes.size();
    int q = (int) (rest % initialQs.size());
    rest /= initialQs.size();
    int eps = (int) (rest % epsilons.size());
    rest /= epsilons.size();
    int g = (int) (rest % gammas.size());
    rest /= gammas.size();
    int a = (int) (rest % alphas.size());
    rest /= alphas.size();
    int l = (int) (rest % learners.size());
    int e = (int) (rest / learners.size());
    return new Configuration(
        id,
        index,
        envIds.get(e),
        envOptions.get(e).get(cap),
        learners.get(l),
        alphas.get(a),
        gammas.get(g),
        epsilons.get(eps),
        initialQs.get(q),
        episodes.get(n));
  }
}
