package dev.qsweep.run;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress line on standard error: trials done of total, environment steps per second, and the
 * time left. Redrawn in place once a second on a terminal; a plain line every ten seconds otherwise
 * (logs stay readable).
 */
final class Progress implements AutoCloseable {
  private final int total;
  private final int reused;
  private final String where;
  private final PrintWriter err;
  private final boolean console;
  private final AtomicInteger finished = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicLong steps = new AtomicLong();
  private final long began = System.nanoTime();
  private final ScheduledExecutorService timer;

  /** {@code where} the trials run, for the line: {@code 2 threads}, {@code Spark local[2]}. */
  Progress(int total, int reused, String where, PrintWriter err) {
    this.total = total;
    this.reused = reused;
    this.where = where;
    this.err = err;
    // A terminal on Java 17..21; newer JDKs return a console even when redirected, and then the
    // line is merely redrawn in a log (still readable).
    @SuppressWarnings("SystemConsoleNull")
    boolean terminal = System.console() != null;
    this.console = terminal;
    if (err == null) {
      timer = null;
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "qsweep-progress");
              t.setDaemon(true);
              return t;
            });
    long period = console ? 1 : 10;
    var unused = timer.scheduleAtFixedRate(this::print, period, period, TimeUnit.SECONDS);
  }

  void finished(long trialSteps) {
    steps.addAndGet(trialSteps);
    finished.incrementAndGet();
  }

  void failed() {
    failed.incrementAndGet();
  }

  long steps() {
    return steps.get();
  }

  private synchronized void print() {
    err.print(console ? "\r" + line() : line() + "\n");
    err.flush();
  }

  private String line() {
    int done = finished.get() + failed.get();
    double seconds = (System.nanoTime() - began) / 1e9;
    double rate = steps.get() / Math.max(seconds, 1e-9);
    String eta = "--:--";
    if (done > 0) {
      double left = seconds / done * (total - reused - done);
      eta = String.format(Locale.ROOT, "%d:%02d", (long) left / 60, (long) left % 60);
    }
    return String.format(
        Locale.ROOT,
        "qsweep: trials %d/%d%s, %.3g env steps/s on %s, %s left%s",
        reused + done,
        total,
        failed.get() > 0 ? " (" + failed.get() + " failed)" : "",
        rate,
        where,
        eta,
        console ? "   " : "");
  }

  @Override
  public void close() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    synchronized (this) {
      err.print(console ? "\r" + line() + "\n" : line() + "\n");
      err.flush();
    }
  }
}
