package dev.qsweep.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qsweep.learn.Xoshiro256StarStar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class CsvTest {
  // Every character Commons CSV treats specially, some it does not, and a few beyond ASCII.
  private static final String ALPHABET =
      "\t\n\r !\"#$%&'(),-.0123456789:;<=>?@AZaz[\\]^_`{|}~\u007f\u00e9\u2603\ud83d\ude00";

  @Test
  void record_isWhatCommonsCsvFormats_forEveryKindOfField() {
    Xoshiro256StarStar random = new Xoshiro256StarStar(11);
    for (int n = 0; n < 100_000; n++) {
      List<String> fields = new ArrayList<>();
      int count = 1 + random.nextInt(5);
      for (int f = 0; f < count; f++) {
        fields.add(field(random));
      }
      assertEquals(Csv.FORMAT.format(fields.toArray()), Csv.record(fields), fields.toString());
    }
  }

  @Test
  void record_ofAJournalsNumbersAndIds_joinsThemWithCommas() {
    List<String> row = List.of("C", "c001-r02", "-14.6052", "1.0E-5", "0", "NaN", "Infinity");
    assertEquals("C,c001-r02,-14.6052,1.0E-5,0,NaN,Infinity", Csv.record(row));
    assertEquals(Csv.FORMAT.format(row.toArray()), Csv.record(row));
  }

  /** Mostly plain fields, so whole records take the fast path, with every special case too. */
  private static String field(Xoshiro256StarStar random) {
    int kind = random.nextInt(4);
    if (kind == 0) {
      return "";
    }
    int length = 1 + random.nextInt(6);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (kind == 1) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      } else {
        b.append("0123456789.-+eEcrNaIfinty_".charAt(random.nextInt(26)));
      }
    }
    return b.toString();
  }
}
