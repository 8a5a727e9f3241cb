package dev.qsweep.experiment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.file.Path;

/**
 * The user's own experiment code failed: its static initializer, constructor, {@code grid()} or
 * filter threw, ran past the time limit, or a thread it started died of an exception. A mistake in
 * the input, not a bug in qsweep, so it is reported in one line (exit 2) naming the exception and
 * where in the experiment file it was thrown: {@code experiments/Foo.java:12: grid() threw
 * java.lang.ArithmeticException: / by zero}.
 */
public final class UserCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /*
   * Implementation note. qsweep calls user code in a few places only (ExperimentLoader: static
   * initializer, constructor, grid(); Grid: the filter), and each wraps what it throws with
   * failure(). "User frames" are those of classes defined by the experiment's class loader, which
   * is named, so a StackTraceElement says whose a frame is without any guess from class or file
   * names. What the user's code threw is unwrapped from the reflection wrappers
   * (InvocationTargetException, ExceptionInInitializerError) first.
   *
   * One case is kept apart: an exception other than IllegalArgumentException or
   * IllegalStateException raised inside qsweep's own code (before any user frame) is a bug in
   * qsweep, whatever the user passed, since qsweep's API checks its arguments: it is rethrown as it
   * is, for a stack trace. IllegalArgumentException and IllegalStateException from qsweep's code
   * are its checks of the user's values, and keep their message, with the user's line in front.
   */

  private UserCodeException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * What to throw for {@code thrown}, raised while qsweep ran user code for {@code what} ({@code
   * "grid()"}, {@code "the filter"}); {@code userClass} is a class of the experiment (for its
   * source file). A {@code UserCodeException} already made passes through unchanged.
   *
   * @return an exception to throw: a {@code UserCodeException}, or {@code thrown} itself when it is
   *     a bug in qsweep
   */
  public static RuntimeException failure(Class<?> userClass, String what, Throwable thrown) {
    if (thrown instanceof UserCodeException e) {
      return e;
    }
    Throwable cause = unwrap(thrown);
    if (cause instanceof UserCodeException e) {
      return e;
    }
    StackTraceElement user = firstUserFrame(cause);
    String location = location(userClass, user);
    boolean raisedByQsweep = raisedByQsweep(cause);
    if (raisedByQsweep
        && (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException)) {
      return new UserCodeException(location + ": " + text(cause.getMessage()), cause);
    }
    if (raisedByQsweep
        && !(cause instanceof VirtualMachineError)
        && !(cause instanceof LinkageError)) {
      return cause instanceof RuntimeException r
          ? r
          : new IllegalStateException("qsweep failed while running " + what, cause);
    }
    String in =
        user != null && user.getMethodName().equals("<clinit>") && !what.contains("static")
            ? " in a static initializer"
            : "";
    return new UserCodeException(location + ": " + what + " threw " + describe(cause) + in, cause);
  }

  /**
   * The user's code ran {@code what} for longer than {@code seconds} and was stopped; {@code stack}
   * is where it was then, so the message names that line of the experiment.
   */
  static UserCodeException timeout(
      Class<?> userClass, String what, long seconds, StackTraceElement[] stack) {
    return new UserCodeException(
        location(userClass, firstUserFrame(stack))
            + ": "
            + what
            + " did not return within "
            + seconds
            + " s (an endless loop?) and was stopped; -D"
            + UserCodeRunner.LIMIT_PROPERTY
            + "=SECONDS in QSWEEP_JAVA_OPTS allows more",
        null);
  }

  /** The experiment file of {@code userClass}, as the user gave it, or null if unknown. */
  private static Path sourceOf(Class<?> userClass) {
    return userClass != null && userClass.getClassLoader() instanceof ExperimentClassLoader loader
        ? loader.source()
        : null;
  }

  private static String location(Class<?> userClass, StackTraceElement frame) {
    Path source = sourceOf(userClass);
    if (frame == null || frame.getFileName() == null || frame.getLineNumber() < 0) {
      return source == null ? "the experiment" : source.toString();
    }
    Path file =
        source == null ? Path.of(frame.getFileName()) : source.resolveSibling(frame.getFileName());
    return file + ":" + frame.getLineNumber();
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable t = thrown;
    while ((t instanceof InvocationTargetException
            || t instanceof ExceptionInInitializerError
            || t instanceof UndeclaredThrowableException)
        && t.getCause() != null
        && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static boolean isUser(StackTraceElement frame) {
    return ExperimentClassLoader.NAME.equals(frame.getClassLoaderName());
  }

  private static StackTraceElement firstUserFrame(Throwable t) {
    return firstUserFrame(t.getStackTrace());
  }

  private static StackTraceElement firstUserFrame(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (isUser(frame)) {
        return frame;
      }
    }
    return null;
  }

  /**
   * Whether the first frame that is either the user's or qsweep's is qsweep's: the exception was
   * raised by qsweep's code (the JDK's and libraries' frames in between do not count).
   */
  private static boolean raisedByQsweep(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (isUser(frame)) {
        return false;
      }
      if (frame.getClassName().startsWith("dev.qsweep.")) {
        return true;
      }
    }
    return false;
  }

  /** The exception's class and message; the user's class may misbehave even here. */
  private static String describe(Throwable t) {
    String message;
    try {
      message = t.getMessage();
    } catch (RuntimeException | Error e) {
      message = null;
    }
    return t.getClass().getName() + (message == null ? "" : ": " + text(message));
  }

  private static String text(String message) {
    return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ').strip();
  }
}
