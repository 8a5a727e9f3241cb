package dev.qsweep.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a configuration ended in a search: the stage (rung or generation) and budget it reached,
 * and whether it was stopped early or trained to the full budget. What trials.csv records per trial
 * beside the strategy's name.
 *
 * @param configId the configuration
 * @param stage the rung or generation of the last batch that trained it
 * @param budget the episodes it was trained for in the end
 * @param status {@link Status#STOPPED} or {@link Status#COMPLETE}
 */
public record Standing(String configId, int stage, int budget, Status status) {

  /** How a configuration's training ended. */
  public enum Status {
    /** The strategy stopped it before the full budget (it was not promoted from its last rung). */
    STOPPED,
    /** It was trained to the full budget. */
    COMPLETE;

    /** The word in trials.csv: {@code stopped}, {@code complete}. */
    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The standing of every configuration the batches trained, in the order first proposed: a later
   * batch that continues a configuration (a promotion) supersedes its earlier standing.
   *
   * @param fullBudget the budget at which a configuration counts as complete
   */
  public static Map<String, Standing> of(List<Batch> batches, int fullBudget) {
    Map<String, Standing> standings = new LinkedHashMap<>();
    for (Batch batch : batches) {
      for (Proposal p : batch.proposals()) {
        Status status = p.budget() >= fullBudget ? Status.COMPLETE : Status.STOPPED;
        standings.put(p.configId(), new Standing(p.configId(), p.stage(), p.budget(), status));
      }
    }
    return standings;
  }
}
