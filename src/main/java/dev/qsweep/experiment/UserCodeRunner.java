package dev.qsweep.experiment;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the user's experiment code (its static initializer, constructor, environments and {@code
 * grid()}, the filter included) under a time limit, in a thread of its own group: code that never
 * returns is stopped and reported in one line naming the method and the line it was at, and a
 * thread the code started that dies of an exception is reported in one line too, not as a stack
 * trace.
 */
/*
 * Implementation note. The code runs in a daemon thread of a ThreadGroup of qsweep's; threads it
 * starts inherit the group, so the group's uncaughtException sees every one of them that dies of an
 * exception (unless the code set a handler of its own). One that died before grid() returned fails
 * the load (exit 2): the grid it helped build cannot be trusted. One that dies later gets a line on
 * standard error. At the time limit the worker's stack says where the code was; the worker is then
 * stopped (Thread.stop, still there in Java 17: the code is abandoned and the command ends with
 * exit 2, so no state it leaves matters), so that an endless loop does not burn a core until exit.
 */
final class UserCodeRunner {
  /** The system property that sets the time limit, in seconds. */
  static final String LIMIT_PROPERTY = "qsweep.experimentSeconds";

  /** The time limit without the property: ample for any grid within {@link Grid#MAX_TRIALS}. */
  static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

  private final Class<?> userClass;
  private final Duration limit;
  private volatile String phase = "the experiment";

  UserCodeRunner(Class<?> userClass, Duration limit) {
    this.userClass = userClass;
    this.limit = limit;
  }

  /**
   * The time limit: {@link #LIMIT_PROPERTY} if set, else {@link #DEFAULT_LIMIT}.
   *
   * @throws IllegalArgumentException for a property that is not a positive whole number
   */
  static Duration configuredLimit() {
    String text = System.getProperty(LIMIT_PROPERTY);
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    try {
      long seconds = Long.parseLong(text.strip());
      if (seconds > 0) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // Refused below.
    }
    throw new IllegalArgumentException(
        "-D" + LIMIT_PROPERTY + "=" + text + " is not allowed; give a whole number of seconds > 0");
  }

  /** Names what the code is running now ({@code "grid()"}), for the messages. */
  void phase(String what) {
    phase = what;
  }

  /**
   * Runs {@code work} and returns what it returns.
   *
   * @throws UserCodeException if it runs past the limit, or a thread it started died of an
   *     exception before it returned; whatever {@code work} throws is rethrown as it is
   */
  <T> T run(Callable<T> work) {
    Group group = new Group();
    FutureTask<T> task = new FutureTask<>(work);
    Thread worker = new Thread(group, task, "qsweep-experiment");
    worker.setDaemon(true);
    worker.start();
    T result;
    try {
      result = task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (TimeoutException e) {
      String what = phase;
      StackTraceElement[] at = worker.getStackTrace();
      stop(worker);
      throw UserCodeException.timeout(userClass, what, limit.toSeconds(), at);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(worker);
      throw new IllegalStateException("interrupted while the experiment ran", e);
    }
    Failure failure = group.first.get();
    if (failure != null) {
      throw UserCodeException.failure(
          userClass,
          "a thread " + failure.phase + " started (" + failure.thread + ")",
          failure.thrown);
    }
    group.loaded = true;
    return result;
  }

  @SuppressWarnings("deprecation") // Thread.stop: see the implementation note
  private static void stop(Thread worker) {
    worker.interrupt();
    try {
      worker.stop();
    } catch (UnsupportedOperationException e) {
      // Java 20+: the daemon thread is left to end with the process.
    }
  }

  /** A thread of the user's that died of an exception, and what the code was running then. */
  private record Failure(String thread, String phase, Throwable thrown) {}

  /** The user's threads. */
  private final class Group extends ThreadGroup {
    final AtomicReference<Failure> first = new AtomicReference<>();
    volatile boolean loaded;

    Group() {
      super("qsweep-experiment");
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
      if (e instanceof ThreadDeath) {
        return; // the worker, stopped at the time limit
      }
      Failure failure = new Failure(t.getName(), phase, e);
      if (!loaded && first.compareAndSet(null, failure)) {
        return; // the load fails with it
      }
      RuntimeException line =
          UserCodeException.failure(
              userClass, "a thread the experiment started (" + t.getName() + ")", e);
      if (line instanceof UserCodeException) {
        System.err.println("qsweep: " + line.getMessage());
      } else {
        super.uncaughtException(t, e); // a bug in qsweep: its stack trace
      }
    }
  }
}
