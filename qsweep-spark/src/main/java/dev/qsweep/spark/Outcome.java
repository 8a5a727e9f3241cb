package dev.qsweep.spark;

import dev.qsweep.run.TrialRows;
import java.io.Serializable;

/**
 * What an executor sends back for one trial: its rows and env steps when it finished, or why it
 * threw.
 *
 * @param position the trial's place in its job ({@link TrialWire#position()})
 * @param rows its rows, or null when it failed
 * @param envSteps environment steps it took
 * @param failure what it threw, or null when it finished
 */
record Outcome(int position, TrialRows rows, long envSteps, String failure)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
