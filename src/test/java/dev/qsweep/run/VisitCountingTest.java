package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.env.Environments;
import dev.qsweep.env.TabularModel;
import dev.qsweep.eval.OptimalControl;
import dev.qsweep.experiment.TrialSpec;
import dev.qsweep.learn.Algorithm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class VisitCountingTest {
  private static final List<Map.Entry<String, Map<String, String>>> ENVS =
      List.of(
          Map.entry("Taxi-v3", Map.of()),
          Map.entry("FrozenLake-v1", Map.of()),
          Map.entry("CliffWalking-v1", Map.of()));

  private static long[] rawBits(double[] values) {
    long[] bits = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      bits[i] = Double.doubleToRawLongBits(values[i]);
    }
    return bits;
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void runCountingVisits_trainsBitForBitAsRun_andCountsEveryTrainingStep(Algorithm algorithm) {
    for (Map.Entry<String, Map<String, String>> env : ENVS) {
      for (int r = 0; r < 3; r++) {
        TrialSpec spec = LaneRunnerTest.spec(env.getKey(), env.getValue(), algorithm, r);
        String where = env.getKey() + " replicate " + r;
        TrialResult plain = TrialRunner.run(spec);
        long[] visits = new long[spec.environment().dynamics().observationCount()];
        TrialResult counted = TrialRunner.runCountingVisits(spec, visits);
        LaneRunnerTest.assertSame(plain, counted, where);
        assertArrayEquals(rawBits(plain.greedyValues()), rawBits(counted.greedyValues()), where);
        assertEquals(plain.totals().steps(), Arrays.stream(visits).sum(), where);
        assertTrue(Arrays.stream(visits).allMatch(v -> v >= 0), where);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void frozenLake_everyEpisodeStartsInTheCornerCell(Algorithm algorithm) {
    // Every episode takes at least one step from cell 0, its only start.
    TrialSpec spec = LaneRunnerTest.spec("FrozenLake-v1", Map.of(), algorithm, 1);
    long[] visits = new long[16];
    TrialResult result = TrialRunner.runCountingVisits(spec, visits);
    assertTrue(visits[0] >= result.totals().episodes(), "start visits " + visits[0]);
    for (int hole : new int[] {5, 7, 11, 12, 15}) {
      assertEquals(0, visits[hole], "no step is taken from hole or goal " + hole);
    }
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void lanesCountingTogether_addUpToEachTrialCountedAlone(Algorithm algorithm) {
    TabularModel m = Environments.make("CliffWalking-v1").dynamics();
    double optimal = OptimalControl.optimalReturn(m);
    List<TrialSpec> specs = new ArrayList<>();
    long[] expected = new long[m.observationCount()];
    for (int r = 0; r < 4; r++) {
      TrialSpec spec = LaneRunnerTest.spec("CliffWalking-v1", Map.of(), algorithm, r);
      specs.add(spec);
      TrialRunner.runCountingVisits(spec, expected);
    }
    long[] together = new long[m.observationCount()];
    List<TrialResult> lanes = LaneRunner.run(specs, m, optimal, together);
    assertArrayEquals(expected, together);
    for (int r = 0; r < 4; r++) {
      LaneRunnerTest.assertSame(TrialRunner.run(specs.get(r)), lanes.get(r), "lane " + r);
    }
  }
}
