package dev.qsweep.run;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hands on a grid journal's records in trial order: the journal is in finishing order, the result
 * files in trial order.
 */
/*
 * A bounded reorder buffer: it reads the journal from the start, hands on the next trial in order
 * as soon as it is read, and holds the trials that came early, up to a budget of bytes; past the
 * budget it drops the latest of them and reads the journal again for those after a pass. Trials
 * finish nearly in order (a few per thread are in flight at once), so one pass is the rule,
 * whatever the journal's size; a resume whose trials were finished in another order may take more.
 */
final class JournalOrder {
  private JournalOrder() {}

  /** How many bytes of early trials {@link #forEachRecord} holds at most while it reorders. */
  static final int REORDER_BUDGET = 8 << 20;

  /**
   * Sends every T, C, V and S record of a grid journal's finished trials, in trial index order, to
   * {@code handler}, holding at most a few megabytes of trials at a time.
   */
  static void forEachRecord(
      Path dir, JournalReader.Contents contents, JournalReader.RecordHandler handler) {
    forEachRecord(dir, contents, handler, REORDER_BUDGET);
  }

  /**
   * As {@link #forEachRecord(Path, JournalReader.Contents, JournalReader.RecordHandler)}, with a
   * reorder budget in bytes.
   */
  static void forEachRecord(
      Path dir, JournalReader.Contents contents, JournalReader.RecordHandler handler, int budget) {
    Reorder reorder = new Reorder(contents, handler, budget);
    while (reorder.next >= 0) {
      JournalReader.lines(Journal.file(dir), contents.validEnd(), reorder::line);
      reorder.endPass();
    }
  }

  /** One pass's state: the next trial to hand on, and the early ones held. */
  private static final class Reorder {
    private final JournalReader.Contents contents;
    private final JournalReader.RecordHandler handler;
    private final int budget;
    private final TreeMap<Integer, byte[]> early = new TreeMap<>();
    private long held;
    private int limit;
    private int next;
    private int lineNumber;
    private int open = -1;
    private byte[] block = new byte[4096];
    private int blockLength;

    Reorder(JournalReader.Contents contents, JournalReader.RecordHandler handler, int budget) {
      this.contents = contents;
      this.handler = handler;
      this.budget = budget;
      this.next = contents.finishedTrials().nextSetBit(0);
      this.limit = Integer.MAX_VALUE;
    }

    void line(byte[] line, int length, long end) {
      if (++lineNumber == 1) {
        return; // the header
      }
      char kind = (char) line[0];
      if (kind == 'F') {
        return;
      }
      if (kind == 'T') {
        open = contents.indexOf().applyAsInt(JournalScan.secondField(line, length - 9));
        blockLength = 0;
      }
      if (next < 0 || open < next || open >= limit) {
        return; // handed on in an earlier pass, or left for a later one
      }
      if (blockLength + length + 1 > block.length) {
        block = Arrays.copyOf(block, Math.max(block.length * 2, blockLength + length + 1));
      }
      System.arraycopy(line, 0, block, blockLength, length);
      blockLength += length;
      block[blockLength++] = '\n';
      if (kind == 'E') {
        trialRead(open, Arrays.copyOf(block, blockLength));
        open = -1;
      }
    }

    private void trialRead(int index, byte[] records) {
      if (index != next) {
        early.put(index, records);
        held += records.length;
        while (held > budget && early.size() > 1) {
          // Keep the trials nearest in order; the latest are read again in the next pass.
          Map.Entry<Integer, byte[]> last = early.pollLastEntry();
          held -= last.getValue().length;
          limit = last.getKey();
        }
        return;
      }
      handOn(records);
      while (!early.isEmpty() && early.firstKey() == next) {
        byte[] waiting = early.pollFirstEntry().getValue();
        held -= waiting.length;
        handOn(waiting);
      }
    }

    private void handOn(byte[] records) {
      JournalReader.send(records, handler);
      next = contents.finishedTrials().nextSetBit(next + 1);
    }

    /**
     * After a pass every finished trial from {@code next} up to {@code limit} was read, so those
     * held follow {@code next} without a gap.
     */
    void endPass() {
      while (!early.isEmpty()) {
        Map.Entry<Integer, byte[]> first = early.pollFirstEntry();
        if (first.getKey() != next) {
          throw new IllegalStateException(
              "the journal changed while it was read: trial index " + next + " is missing");
        }
        handOn(first.getValue());
      }
      held = 0;
      if (next >= 0 && next < limit) {
        throw new IllegalStateException(
            "the journal changed while it was read: trial index " + next + " is missing");
      }
      limit = Integer.MAX_VALUE;
      lineNumber = 0;
      open = -1;
    }
  }
}
