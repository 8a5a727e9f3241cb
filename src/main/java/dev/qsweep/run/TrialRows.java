package dev.qsweep.run;

import java.io.Serializable;
import java.util.List;

/**
 * A finished trial's rows, as they go into the journal and the result files; each row starts with
 * the trial id. Plain strings, so an executor on another machine can send them back as they are.
 *
 * @param trialRow its {@code trials.csv} row
 * @param curveRows its {@code curves.csv} rows, one per bin
 * @param evaluationRows its {@code evaluations.csv} rows, one per exact evaluation
 * @param timingRow its {@code timings.csv} row
 */
public record TrialRows(
    List<String> trialRow,
    List<List<String>> curveRows,
    List<List<String>> evaluationRows,
    List<String> timingRow)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The trial's id. */
  public String trialId() {
    return trialRow.get(0);
  }
}
