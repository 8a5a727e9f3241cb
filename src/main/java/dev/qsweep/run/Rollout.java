package dev.qsweep.run;

import static com.google.common.base.Preconditions.checkArgument;

import dev.qsweep.env.TabularModel;
import dev.qsweep.learn.Xoshiro256StarStar;
import java.util.ArrayList;
import java.util.List;

/**
 * One episode played out step by step, for a replay: a greedy policy over observations or the
 * uniformly random agent, from a given state or the initial distribution, under a step limit.
 *
 * @param start the start state (a state of the model, which is the observation without hidden
 *     state)
 * @param steps the steps, in order
 */
public record Rollout(int start, List<Rollout.Step> steps) {
  /**
   * One step.
   *
   * @param state the state acted in
   * @param action the action taken
   * @param reward the reward received
   * @param next the state reached
   * @param terminal whether the episode ended here
   * @param penalty whether the step was a penalty (an illegal pickup, a fall)
   * @param success whether it ended in success
   */
  public record Step(
      int state,
      int action,
      double reward,
      int next,
      boolean terminal,
      boolean penalty,
      boolean success) {}

  /** The episode's total reward. */
  public double totalReturn() {
    double total = 0;
    for (Step s : steps) {
      total += s.reward();
    }
    return total;
  }

  /** The number of penalty steps. */
  public long penalties() {
    return steps.stream().filter(Step::penalty).count();
  }

  /** Whether the episode ended in success. */
  public boolean succeeded() {
    return !steps.isEmpty() && steps.get(steps.size() - 1).success();
  }

  /** Whether the episode ended by termination rather than the step limit. */
  public boolean terminated() {
    return !steps.isEmpty() && steps.get(steps.size() - 1).terminal();
  }

  /**
   * Plays one episode of at most {@code horizon} steps.
   *
   * @param policy the action per observation, or null for the uniformly random agent
   * @param start a state of the model, or -1 to draw one from the initial distribution
   * @param random draws the start, the random agent's actions and stochastic outcomes, in that
   *     order
   */
  public static Rollout play(
      TabularModel model, int[] policy, int start, int horizon, Xoshiro256StarStar random) {
    checkArgument(horizon > 0, "horizon must be positive, got %s", horizon);
    checkArgument(
        start >= -1 && start < model.stateCount(),
        "start state %s is out of range; allowed: 0 to %s",
        start,
        model.stateCount() - 1);
    int s = start >= 0 ? start : model.sampleInitialState(random.nextDouble());
    int first = s;
    int actions = model.actionCount();
    List<Step> steps = new ArrayList<>();
    for (int t = 0; t < horizon; t++) {
      int a = policy == null ? random.nextInt(actions) : policy[model.observationOf(s)];
      int k = model.sampleOutcome(s * actions + a, random.nextDouble());
      boolean terminal = model.isTerminal(k);
      int next = model.nextState(k);
      steps.add(
          new Step(s, a, model.reward(k), next, terminal, model.isPenalty(k), model.isSuccess(k)));
      if (terminal) {
        break;
      }
      s = next;
    }
    return new Rollout(first, List.copyOf(steps));
  }
}
