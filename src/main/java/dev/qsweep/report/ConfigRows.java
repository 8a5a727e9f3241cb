package dev.qsweep.report;

import dev.qsweep.run.Columns;
import dev.qsweep.util.Csv;
import dev.qsweep.util.CsvRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One configuration's rows of a results folder: its trials.csv rows and, when asked for, the
 * curves.csv and evaluations.csv rows of those trials, each list in file (trial id) order.
 *
 * @param configId the configuration id
 * @param trials its trials.csv rows
 * @param curves its trials' curves.csv rows (empty unless read)
 * @param evaluations its trials' evaluations.csv rows (empty unless read)
 */
public record ConfigRows(
    String configId,
    List<List<String>> trials,
    List<List<String>> curves,
    List<List<String>> evaluations) {

  /** The trials.csv rows sorted by replicate (trial ids sort so too, but the number decides). */
  public List<List<String>> byReplicate() {
    List<List<String>> sorted = new ArrayList<>(trials);
    sorted.sort(
        (a, b) ->
            Integer.compare(
                Integer.parseInt(cell(a, Columns.Trial.REPLICATE)),
                Integer.parseInt(cell(b, Columns.Trial.REPLICATE))));
    return sorted;
  }

  /** A trials.csv cell of {@code row}. */
  public static String cell(List<String> row, Columns.Trial column) {
    // The header was checked to be this version's columns, in Columns.Trial's order.
    return row.get(column.ordinal());
  }

  /**
   * Streams {@code folder} one configuration at a time, in file order: a configuration's trials are
   * contiguous in trials.csv (trial ids sort by configuration), and curves.csv and evaluations.csv
   * hold each trial's rows in the same order, so one configuration's rows are all that is held.
   *
   * @param withCurves whether to read each trial's curves.csv rows
   * @param withEvaluations whether to read each trial's evaluations.csv rows (when the folder has
   *     the file)
   * @throws IllegalArgumentException if a configuration's trials are not together, naming the file
   *     and line
   */
  static void forEach(
      ResultsFolder folder,
      boolean withCurves,
      boolean withEvaluations,
      Consumer<ConfigRows> handler) {
    Path trialFile = folder.trials();
    try (Cursor curves = withCurves ? new Cursor(folder.curves()) : null;
        Cursor evaluations =
            withEvaluations && folder.evaluations().isPresent()
                ? new Cursor(folder.evaluations().get())
                : null) {
      Group group = new Group(trialFile, folder.withoutTimeLimit(), curves, evaluations, handler);
      Csv.stream(trialFile, group::add);
      group.emit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The configuration being read, emitted when the next one begins. */
  private static final class Group {
    private final Path file;
    private final boolean withoutTimeLimit;
    private final Cursor curves;
    private final Cursor evaluations;
    private final Consumer<ConfigRows> handler;
    private String configId;
    private List<List<String>> trials = new ArrayList<>();
    private List<List<String>> curveRows = new ArrayList<>();
    private List<List<String>> evaluationRows = new ArrayList<>();
    private int line = 1;

    Group(
        Path file,
        boolean withoutTimeLimit,
        Cursor curves,
        Cursor evaluations,
        Consumer<ConfigRows> handler) {
      this.file = file;
      this.withoutTimeLimit = withoutTimeLimit;
      this.curves = curves;
      this.evaluations = evaluations;
      this.handler = handler;
    }

    void add(List<String> fileRow) {
      line++;
      // Indexed by Columns.Trial's ordinals, whichever form of trials.csv this is.
      List<String> row = Columns.fullRow(fileRow, withoutTimeLimit);
      String config = cell(row, Columns.Trial.CONFIG_ID);
      if (!config.equals(configId)) {
        if (configId != null && config.compareTo(configId) < 0) {
          throw new IllegalArgumentException(
              file
                  + " line "
                  + line
                  + ": configuration "
                  + config
                  + " comes after "
                  + configId
                  + " (a configuration's trials must be together, in configuration order)");
        }
        emit();
        configId = config;
      }
      trials.add(row);
      if (curves != null) {
        curves.take(Integer.parseInt(cell(row, Columns.Trial.CURVE_BINS)), curveRows);
      }
      if (evaluations != null) {
        int every = Integer.parseInt(cell(row, Columns.Trial.EVAL_EVERY));
        // A search's trial stopped early has evaluations up to its budget only.
        int episodes = Integer.parseInt(Columns.episodesTrained(row));
        evaluations.take(every > 0 ? episodes / every : 0, evaluationRows);
      }
    }

    void emit() {
      if (configId == null) {
        return;
      }
      handler.accept(new ConfigRows(configId, trials, curveRows, evaluationRows));
      trials = new ArrayList<>();
      curveRows = new ArrayList<>();
      evaluationRows = new ArrayList<>();
    }
  }

  /** A CSV file past its header, read a row at a time (its rows were checked by ResultsCheck). */
  private static final class Cursor implements AutoCloseable {
    private final Path file;
    private final CsvRecords rows;

    Cursor(Path file) throws IOException {
      this.file = file;
      this.rows = CsvRecords.open(file);
      if (rows.hasNext()) {
        rows.next(); // the header
      }
    }

    void take(int count, List<List<String>> into) {
      for (int i = 0; i < count; i++) {
        if (!rows.hasNext()) {
          throw new IllegalArgumentException(file + " ends before its trials' rows do");
        }
        into.add(rows.next());
      }
    }

    @Override
    public void close() throws IOException {
      rows.close();
    }
  }
}
