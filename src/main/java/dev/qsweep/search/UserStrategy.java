package dev.qsweep.search;

import dev.qsweep.experiment.UserCodeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An experiment's strategy with every call guarded: what the experiment's code throws while the
 * strategy proposes (its own {@link Strategy} class, or a search space's schedule template run as a
 * configuration is drawn) becomes one line naming the experiment's line ({@link UserCodeException},
 * exit 2), not a stack trace.
 */
final class UserStrategy implements Strategy {
  private final Strategy strategy;
  private final Class<?> experimentClass;

  UserStrategy(Strategy strategy, Class<?> experimentClass) {
    this.strategy = strategy;
    this.experimentClass = experimentClass;
  }

  private <T> T call(String what, Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException | Error e) {
      throw UserCodeException.failure(experimentClass, "the strategy's " + what, e);
    }
  }

  @Override
  public String name() {
    return call("name()", strategy::name);
  }

  @Override
  public Map<String, String> settings() {
    return call("settings()", strategy::settings);
  }

  @Override
  public Optional<Batch> next(List<List<Outcome>> done) {
    return call("next()", () -> strategy.next(done));
  }

  @Override
  public int fullBudget() {
    return call("fullBudget()", strategy::fullBudget);
  }

  @Override
  public boolean splitsIntoShards() {
    return call("splitsIntoShards()", strategy::splitsIntoShards);
  }

  @Override
  public List<Stage> plan() {
    return call("plan()", strategy::plan);
  }
}
