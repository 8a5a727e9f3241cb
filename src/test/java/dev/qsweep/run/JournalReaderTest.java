package dev.qsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qsweep.experiment.ExperimentLoader;
import dev.qsweep.learn.Xoshiro256StarStar;
import dev.qsweep.util.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal read back is trusted only as far as it checks out, line by line. */
final class JournalReaderTest {
  @TempDir Path dir;
  private ExperimentLoader.Loaded e;
  private List<String> lines; // the journal of a sweep that finished its first 3 trials
  private Path out;

  @BeforeEach
  void journal() throws IOException {
    e = Sweeps.load(Sweeps.experiment(dir, "Small", Sweeps.smallGrid("small")));
    lines = SweepRunnerTest.journalOf(e, dir.resolve("source"), 3);
    out = dir.resolve("out");
    Files.createDirectories(out);
  }

  private JournalReader.Contents read(String text) throws IOException {
    Files.writeString(out.resolve(Journal.FILE), text);
    return read();
  }

  private JournalReader.Contents read() {
    return JournalReader.read(out, e.grid().trialCount(), e.grid()::indexOf);
  }

  private String refusal(List<String> journal) throws IOException {
    Files.writeString(out.resolve(Journal.FILE), String.join("\n", journal) + "\n");
    return assertThrows(IllegalArgumentException.class, this::read).getMessage();
  }

  private String at(int line) {
    return out.resolve(Journal.FILE) + " line " + line + ": ";
  }

  /** The 1-based number of the first line of kind {@code kind} after line {@code after}. */
  private int lineOf(char kind, int after) {
    for (int i = after; i < lines.size(); i++) {
      if (lines.get(i).charAt(0) == kind) {
        return i + 1;
      }
    }
    throw new AssertionError("no " + kind);
  }

  @Test
  void wholeJournal_readsEveryTrial() throws IOException {
    JournalReader.Contents c = read(String.join("\n", lines) + "\n");
    assertEquals(3, c.finished());
    assertTrue(c.isFinished(0) && c.isFinished(2) && !c.isFinished(3));
    assertEquals(Files.size(out.resolve(Journal.FILE)), c.validEnd());
  }

  private List<String> records(int budget) {
    List<String> records = new ArrayList<>();
    JournalOrder.forEachRecord(
        out, read(), (kind, row) -> records.add(kind + "," + String.join(",", row)), budget);
    return records;
  }

  @Test
  void records_comeInTrialOrder_whateverOrderTrialsFinishedIn_andWhateverTheBudget()
      throws IOException {
    List<String> whole = SweepRunnerTest.journalOf(e, dir.resolve("whole"), e.grid().trialCount());
    List<List<String>> trials = new ArrayList<>();
    for (String line : whole.subList(1, whole.size())) {
      if (line.startsWith("T,")) {
        trials.add(new ArrayList<>());
      }
      trials.get(trials.size() - 1).add(line);
    }
    Files.writeString(out.resolve(Journal.FILE), String.join("\n", whole) + "\n");
    List<String> inOrder = records(JournalOrder.REORDER_BUDGET);
    int previous = -1;
    for (String record : inOrder) {
      // Every row starts with its kind, then its trial id.
      int index = e.grid().indexOf(record.substring(2, record.indexOf(',', 2)));
      assertTrue(index >= previous, record);
      previous = index;
    }
    List<List<List<String>>> orders = new ArrayList<>();
    List<List<String>> reversed = new ArrayList<>(trials);
    java.util.Collections.reverse(reversed);
    orders.add(reversed);
    for (long seed = 1; seed <= 3; seed++) {
      List<List<String>> shuffled = new ArrayList<>(trials);
      java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
      orders.add(shuffled);
    }
    List<List<String>> swapped = new ArrayList<>(trials);
    for (int i = 0; i + 1 < swapped.size(); i += 2) {
      java.util.Collections.swap(swapped, i, i + 1);
    }
    orders.add(swapped);
    for (List<List<String>> order : orders) {
      List<String> journal = new ArrayList<>();
      journal.add(whole.get(0));
      for (List<String> trial : order) {
        journal.addAll(trial);
      }
      Files.writeString(out.resolve(Journal.FILE), String.join("\n", journal) + "\n");
      // From one trial held at a time (a pass per trial) to all of them at once.
      for (int budget : new int[] {1, 3_000, 20_000, JournalOrder.REORDER_BUDGET}) {
        assertEquals(inOrder, records(budget), "budget " + budget);
      }
    }
  }

  @Test
  void aRecordRemoved_isRefused_namingTheLine() throws IOException {
    int curve = lineOf('C', 1);
    List<String> noCurve = new ArrayList<>(lines);
    noCurve.remove(curve - 1);
    assertTrue(refusal(noCurve).startsWith(at(lineOf('E', 1) - 1)), refusal(noCurve));
    assertTrue(refusal(noCurve).contains("a record is missing or extra"), refusal(noCurve));

    int end = lineOf('E', 1);
    List<String> noEnd = new ArrayList<>(lines);
    noEnd.remove(end - 1);
    assertEquals(at(end) + "trial c001-r01 begins inside trial c001-r00's records", refusal(noEnd));

    int trial = lineOf('T', end);
    List<String> noTrial = new ArrayList<>(lines);
    noTrial.remove(trial - 1);
    assertEquals(
        at(trial) + "a C record of trial c001-r01 outside any trial's records", refusal(noTrial));

    List<String> noHeader = new ArrayList<>(lines.subList(1, lines.size()));
    assertEquals(
        at(1) + "not a qsweep journal: the first line is not its header", refusal(noHeader));
  }

  @Test
  void aRecordOrTrialDuplicated_isRefused() throws IOException {
    int curve = lineOf('C', 1);
    List<String> twice = new ArrayList<>(lines);
    twice.add(curve, lines.get(curve - 1));
    assertTrue(refusal(twice).contains("a record is missing or extra"), refusal(twice));

    int end = lineOf('E', 1);
    List<String> trialTwice = new ArrayList<>(lines);
    trialTwice.addAll(lines.subList(1, end));
    assertEquals(at(lines.size() + 1) + "trial c001-r00 is recorded twice", refusal(trialTwice));

    List<String> headerTwice = new ArrayList<>(lines);
    headerTwice.add(2, lines.get(0));
    assertTrue(refusal(headerTwice).startsWith(at(3)), refusal(headerTwice));
  }

  @Test
  void everyByteFlipped_isRefused_exceptTheLastLineEnd() throws IOException {
    byte[] good = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    int refused = 0;
    // The last line end is what a kill can cut: without it the last trial simply is not done.
    for (int at = 0; at < good.length - 1; at++) {
      byte[] bad = Arrays.copyOf(good, good.length);
      bad[at] ^= (byte) (at % 7 == 0 ? 0x20 : 0x01);
      Files.write(out.resolve(Journal.FILE), bad);
      IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, this::read);
      assertTrue(ex.getMessage().startsWith(out.resolve(Journal.FILE) + " line "), ex.getMessage());
      refused++;
    }
    assertEquals(good.length - 1, refused);
  }

  @Test
  void aJournalCutAnywhere_keepsTheTrialsFinishedBeforeTheCut() throws IOException {
    byte[] good = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut <= good.length; cut++) {
      Files.write(out.resolve(Journal.FILE), Arrays.copyOf(good, cut));
      JournalReader.Contents c = read();
      // A trial is finished when its end marker's line end is before the cut.
      int ends = 0;
      int header = -1;
      for (int at = 0, lineStart = 0; at < cut; at++) {
        if (good[at] == '\n') {
          ends += good[lineStart] == 'E' ? 1 : 0;
          header = header < 0 ? at : header;
          lineStart = at + 1;
        }
      }
      assertEquals(ends, c.finished(), "cut at " + cut);
      assertEquals(header < 0, c.header() == null, "cut at " + cut);
    }
  }

  @Test
  void emptyJournal_hasNoHeader() throws IOException {
    assertNull(read("").header());
    assertNull(read(lines.get(0).substring(0, 10)).header());
    assertEquals(0, read(lines.get(0) + "\n").finished());
  }

  @Test
  void unknownIdsKindsAndOtherVersions_areRefused_evenWithAValidChecksum() throws IOException {
    List<String> unknownId = new ArrayList<>(lines);
    unknownId.add(signed("F,c999-r00,boom"));
    assertEquals(
        at(lines.size() + 1) + "unknown trial id c999-r00: not a trial of this sweep",
        refusal(unknownId));
    List<String> badId = new ArrayList<>(lines);
    badId.add(signed("F,c1-r0,boom"));
    assertTrue(refusal(badId).contains("unknown trial id c1-r0"), refusal(badId));
    List<String> unknownKind = new ArrayList<>(lines);
    unknownKind.add(signed("X,c001-r00"));
    assertEquals(at(lines.size() + 1) + "unknown record kind 'X'", refusal(unknownKind));
    List<String> shortRow = new ArrayList<>(lines);
    shortRow.add(signed("T,c005-r00,c005"));
    assertEquals(
        at(lines.size() + 1) + "a T record has 2 fields, expected " + Columns.Trial.values().length,
        refusal(shortRow));

    List<String> oldFormat = new ArrayList<>(lines);
    oldFormat.set(0, "H,qsweep-journal-1,0123,48,1/1");
    assertTrue(
        refusal(oldFormat)
            .startsWith(at(1) + "a journal of another qsweep version (format qsweep-journal-1)"),
        refusal(oldFormat));
    List<String> otherVersion = new ArrayList<>(lines);
    otherVersion.set(
        0, signed(lines.get(0).replace(",development,", ",0.9,").replaceAll(",[0-9a-f]{8}$", "")));
    assertTrue(
        refusal(otherVersion).startsWith(at(1) + "written by qsweep 0.9, this is qsweep "),
        refusal(otherVersion));
  }

  @Test
  void send_givesEachRecordsFields_quotedOrNot_asTheyWereWritten() {
    // Every character Commons CSV treats specially but '\n' (no journal line holds one).
    int[] alphabet =
        "\t\r !\"#$%&'(),-.0123456789:;<=>?@AZaz[\\]^_`{|}~\u00e9\u2603\ud83d\ude00"
            .codePoints()
            .toArray();
    Xoshiro256StarStar random = new Xoshiro256StarStar(5);
    for (int trial = 0; trial < 2_000; trial++) {
      List<List<String>> written = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (int r = 0; r < 1 + random.nextInt(4); r++) {
        List<String> fields = new ArrayList<>();
        fields.add(String.valueOf("TCVS".charAt(random.nextInt(4))));
        for (int f = random.nextInt(6); f > 0; f--) {
          StringBuilder field = new StringBuilder();
          boolean plain = random.nextInt(3) > 0; // mostly numbers and ids, as journals hold
          for (int c = random.nextInt(5); c > 0; c--) {
            field.appendCodePoint(
                plain
                    ? "0123456789.-Ec_".charAt(random.nextInt(15))
                    : alphabet[random.nextInt(alphabet.length)]);
          }
          fields.add(field.toString());
        }
        written.add(fields);
        text.append(signed(Csv.record(fields))).append('\n');
      }
      text.append(signed("E,c001-r00," + written.size())).append('\n');
      List<List<String>> read = new ArrayList<>();
      JournalReader.send(
          text.toString().getBytes(StandardCharsets.UTF_8),
          (kind, row) -> {
            List<String> fields = new ArrayList<>();
            fields.add(String.valueOf(kind));
            fields.addAll(row);
            read.add(fields);
          });
      assertEquals(written, read);
    }
  }

  private static String signed(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return line + "," + Journal.checksum(bytes, 0, -1);
  }
}
