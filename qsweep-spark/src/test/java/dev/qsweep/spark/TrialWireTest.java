package dev.qsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.qsweep.experiment.Configuration;
import dev.qsweep.experiment.Grid;
import dev.qsweep.run.BudgetedTrial;
import dev.qsweep.schedule.Schedule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class TrialWireTest {
  private static Grid awkwardGrid() {
    return Grid.builder("awkward")
        .env("Taxi-v4", Map.of("is_rainy", "true"))
        .learner("q-learning", "double-q", "expected-sarsa")
        .alpha(
            Schedule.linear(0.9, 0.1 / 3, 777),
            Schedule.inverseTime(Math.PI / 4, 1e-7),
            Schedule.step(0.3, 0.7, 13))
        .gamma(0.99, 1.0, Math.nextDown(1.0))
        .epsilon(Schedule.exponential(0.5, 0.9999, 0.01), Schedule.constant(1.0 / 3))
        .initialQ(-0.0, -1.0 / 7, 20.25)
        .episodes(50)
        .maxSteps(150)
        .replicates(2)
        .seed(-3)
        .build();
  }

  @Test
  void everyTrial_survivesItsWireForm_bitForBit_evenSerialized()
      throws IOException, ClassNotFoundException {
    Grid grid = awkwardGrid();
    for (int i = 0; i < grid.trialCount(); i++) {
      Grid.Trial trial = grid.trial(i);
      TrialWire wire = TrialWire.of(i, trial);
      TrialWire back = roundTrip(wire);
      assertNotSame(wire, back);
      Grid.Trial rebuilt = back.toTrial();
      assertEquals(trial, rebuilt, trial.id());
      assertEquals(
          Double.doubleToRawLongBits(trial.spec().initialQ()),
          Double.doubleToRawLongBits(rebuilt.spec().initialQ()),
          trial.id());
      assertEquals(i, back.position());
    }
  }

  @Test
  void wireForm_carriesTheEnvironmentOptions_inTheirOrder() {
    Grid.Trial trial = awkwardGrid().trial(0);
    TrialWire wire = TrialWire.of(7, trial);
    assertEquals(
        java.util.List.of("is_rainy", "true", "max_episode_steps", "150"), wire.envOptions());
    assertEquals(
        trial.spec().envOptions().keySet().stream().toList(),
        wire.toTrial().spec().envOptions().keySet().stream().toList());
  }

  @Test
  void aBudgetedSearchTrial_survivesItsWireForm_withItsBudget_toBeRetrainedFromZero()
      throws IOException, ClassNotFoundException {
    Grid grid = awkwardGrid();
    Configuration g = grid.configuration(3);
    // A search's proposal: the configuration at its budget, the spec at the full budget.
    Configuration atBudget =
        new Configuration(
            g.id(),
            g.index(),
            g.envId(),
            g.envOptions(),
            g.algorithm(),
            g.alpha(),
            g.gamma(),
            g.epsilon(),
            g.initialQ(),
            17);
    Grid.Trial trial =
        new Grid.Trial(
            5,
            Grid.trialId(g.id(), 1, 2),
            atBudget,
            atBudget.spec(50, grid.evalEvery(), grid.curveBins(), grid.seed(), 1));
    BudgetedTrial back = roundTrip(TrialWire.of(4, new BudgetedTrial(trial, 6, 17))).toBudgeted();
    assertEquals(new BudgetedTrial(trial, 0, 17), back);
    assertEquals(17, back.trial().configuration().episodes());
    assertEquals(50, back.trial().spec().episodes());
    // A grid's trial, run whole: to its spec's episodes.
    assertEquals(
        new BudgetedTrial(grid.trial(3), 0, 50), TrialWire.of(0, grid.trial(3)).toBudgeted());
  }

  private static TrialWire roundTrip(TrialWire wire) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(wire);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (TrialWire) in.readObject();
    }
  }
}
