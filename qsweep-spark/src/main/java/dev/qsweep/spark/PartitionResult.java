package dev.qsweep.spark;

import java.io.Serializable;
import java.util.List;

/**
 * The outcomes of one Spark task's trials: a class of its own, so that its type survives Scala's
 * {@code ClassTag} without generics.
 *
 * @param outcomes one per trial of the task
 */
record PartitionResult(List<Outcome> outcomes) implements Serializable {
  private static final long serialVersionUID = 1L;
}
