package dev.qsweep.util;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points in the life of a command where a test can stop the process, to kill it there with
 * SIGKILL: with the system property {@code qsweep.test.pause-at=NAME} (or {@code NAME#K}, the K-th
 * time the point is reached), the process prints {@code qsweep: paused at NAME} on standard error
 * and sleeps until it is killed. Without the property, {@link #reach} does nothing.
 */
/*
 * Implementation note. Pausing rather than halting keeps the kill a real SIGKILL sent from outside
 * (no shutdown hook, no flush), while the point it lands at is chosen exactly; and a paused writer
 * still holds its folder lock, which is what the lock tests need.
 */
public final class Checkpoint {
  /** The system property that names the point to pause at. */
  public static final String PROPERTY = "qsweep.test.pause-at";

  private static final String PAUSE_AT = System.getProperty(PROPERTY);
  private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

  private Checkpoint() {}

  /** Marks point {@code name}; pauses for good if it is the one the property names. */
  public static void reach(String name) {
    if (PAUSE_AT == null) {
      return;
    }
    int times = REACHED.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
    if (PAUSE_AT.equals(name) || PAUSE_AT.equals(name + "#" + times)) {
      System.err.println("qsweep: paused at " + PAUSE_AT);
      System.err.flush();
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          // Only a kill ends the pause.
        }
      }
    }
  }
}
