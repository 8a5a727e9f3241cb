package dev.qsweep.search;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.experiment.Configuration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Synchronous successive-halving brackets over a budget in episodes: the machinery that {@link
 * SuccessiveHalving} (one bracket) and {@link Hyperband} (its bracket table) share. Batch {@code k}
 * is rung {@code k} of every bracket that has one; a rung is decided only when all of its outcomes
 * are in, by ranking them {@link Outcome#BEST_FIRST}.
 */
final class Brackets {
  /*
   * Li et al., "Hyperband" (JMLR 2018), Algorithm 1, in whole numbers: bracket s starts n
   * configurations at budget R / eta^s; rung k of it keeps floor(n / eta^k) of them (at least 1),
   * the best of rung k - 1, at budget R / eta^(s - k), the last rung at R itself. A promoted
   * configuration continues from the budget it reached, so its rung costs only the difference.
   */

  /**
   * One bracket.
   *
   * @param first the index of its first candidate
   * @param count how many candidates it starts
   * @param rungs its number of rungs, s + 1
   */
  record Bracket(int first, int count, int rungs) {}

  private final Candidates candidates;
  private final List<Bracket> brackets;
  private final int maxBudget;
  private final int eta;

  Brackets(Candidates candidates, List<Bracket> brackets, int maxBudget, int eta) {
    this.candidates = candidates;
    this.brackets = List.copyOf(brackets);
    this.maxBudget = maxBudget;
    this.eta = eta;
  }

  /**
   * Checks a budget's settings, naming the value that is not allowed.
   *
   * @throws IllegalArgumentException for eta below 2, a minimum below 1 or above the maximum
   */
  static void checkBudget(String strategy, int minBudget, int maxBudget, int eta) {
    checkArgument(
        eta >= 2,
        "%s: eta %s is not allowed; the reduction factor must be at least 2",
        strategy,
        eta);
    checkArgument(
        minBudget >= 1,
        "%s: minimum budget %s episodes is not allowed; it must be at least 1",
        strategy,
        minBudget);
    checkArgument(
        minBudget <= maxBudget,
        "%s: minimum budget %s episodes is above the maximum budget %s",
        strategy,
        minBudget,
        maxBudget);
  }

  /**
   * s_max: the most times {@code minBudget} can be multiplied by eta and stay within the maximum.
   */
  static int maxRungIndex(int minBudget, int maxBudget, int eta) {
    int s = 0;
    long b = minBudget;
    while (b * eta <= maxBudget) {
      b *= eta;
      s++;
    }
    return s;
  }

  /** {@code eta^k}, saturating at {@link Long#MAX_VALUE}. */
  static long power(int eta, int k) {
    long p = 1;
    for (int i = 0; i < k; i++) {
      p = p > Long.MAX_VALUE / eta ? Long.MAX_VALUE : p * eta;
    }
    return p;
  }

  /** The budget of rung {@code k} of {@code bracket}, in episodes. */
  int budget(Bracket bracket, int k) {
    return (int) (maxBudget / power(eta, bracket.rungs() - 1 - k));
  }

  /** How many configurations rung {@code k} of {@code bracket} trains. */
  int survivors(Bracket bracket, int k) {
    return (int) Math.max(1, bracket.count() / power(eta, k));
  }

  int maxBudget() {
    return maxBudget;
  }

  List<Bracket> brackets() {
    return brackets;
  }

  Optional<Batch> next(List<List<Outcome>> done) {
    List<Proposal> batch = rung(0, List.of());
    for (int k = 0; k < done.size(); k++) {
      checkOutcomes(batch, done.get(k), k);
      if (k + 1 == rungCount()) {
        break;
      }
      batch = rung(k + 1, done.get(k));
    }
    if (done.size() >= rungCount()) {
      checkArgument(
          done.size() == rungCount(),
          "%s batches done; the search has %s",
          done.size(),
          rungCount());
      return Optional.empty();
    }
    return Optional.of(new Batch(done.size(), "rung " + done.size(), batch));
  }

  private int rungCount() {
    int most = 0;
    for (Bracket b : brackets) {
      most = Math.max(most, b.rungs());
    }
    return most;
  }

  private static void checkOutcomes(List<Proposal> batch, List<Outcome> outcomes, int k) {
    Set<String> proposed = new HashSet<>();
    for (Proposal p : batch) {
      proposed.add(p.configId());
    }
    Set<String> answered = new HashSet<>();
    for (Outcome o : outcomes) {
      checkArgument(
          proposed.contains(o.configId()) && answered.add(o.configId()),
          "batch %s: outcome for %s, which it did not propose or answered twice",
          k,
          o.configId());
    }
    checkArgument(
        answered.size() == proposed.size(),
        "batch %s: %s outcomes for %s proposals",
        k,
        answered.size(),
        proposed.size());
  }

  /** Rung {@code k} of every bracket that has one, given the outcomes of rung {@code k - 1}. */
  private List<Proposal> rung(int k, List<Outcome> previous) {
    List<Proposal> proposals = new ArrayList<>();
    for (Bracket bracket : brackets) {
      if (k >= bracket.rungs()) {
        continue;
      }
      int budget = budget(bracket, k);
      if (k == 0) {
        for (int i = bracket.first(); i < bracket.first() + bracket.count(); i++) {
          proposals.add(new Proposal(candidates.at(i, budget), 0, 0));
        }
        continue;
      }
      Map<String, Integer> members = new HashMap<>();
      for (int i = bracket.first(); i < bracket.first() + bracket.count(); i++) {
        members.put(candidates.id(i), i);
      }
      List<Outcome> ranked = new ArrayList<>();
      for (Outcome o : previous) {
        if (members.containsKey(o.configId())) {
          ranked.add(o);
        }
      }
      ranked.sort(Outcome.BEST_FIRST);
      List<Integer> promoted = new ArrayList<>();
      for (Outcome o : ranked.subList(0, Math.min(ranked.size(), survivors(bracket, k)))) {
        promoted.add(members.get(o.configId()));
      }
      promoted.sort(null); // proposals in candidate order, whatever their rank
      for (int i : promoted) {
        Configuration c = candidates.at(i, budget);
        proposals.add(new Proposal(c, budget(bracket, k - 1), k));
      }
    }
    return proposals;
  }

  List<Strategy.Stage> plan() {
    List<Strategy.Stage> stages = new ArrayList<>();
    for (int k = 0; k < rungCount(); k++) {
      long configurations = 0;
      long episodes = 0;
      for (Bracket b : brackets) {
        if (k < b.rungs()) {
          configurations += survivors(b, k);
          episodes += (long) survivors(b, k) * (budget(b, k) - (k == 0 ? 0 : budget(b, k - 1)));
        }
      }
      stages.add(new Strategy.Stage("rung " + k, configurations, episodes));
    }
    return stages;
  }

  /**
   * A bracket strategy's settings, in a fixed order: eta, the budgets, and the table under {@code
   * tableName} ({@code rungs} or {@code brackets}).
   */
  Map<String, String> settings(int minBudget, String tableName) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("eta", Integer.toString(eta));
    s.put("min_budget", Integer.toString(minBudget));
    s.put("max_budget", Integer.toString(maxBudget));
    s.put(tableName, table());
    return s;
  }

  /** The bracket table as text, one line per bracket: {@code s=3: 80 x 111, 26 x 333, ...}. */
  String table() {
    StringBuilder s = new StringBuilder();
    for (Bracket b : brackets) {
      s.append(s.length() == 0 ? "" : "; ").append("s=").append(b.rungs() - 1).append(':');
      for (int k = 0; k < b.rungs(); k++) {
        s.append(k == 0 ? " " : ", ")
            .append(String.format(Locale.ROOT, "%d x %d", survivors(b, k), budget(b, k)));
      }
    }
    return s.toString();
  }
}
