package dev.qsweep.env;

import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Reads the data the real Gymnasium (1.2.3 and 1.3.0) produced; see the resources' README. */
final class GymnasiumReference {
  private GymnasiumReference() {}

  /** The text of a test resource. */
  static String resource(String path) {
    try (InputStream in = GymnasiumReference.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a gzipped test resource. */
  static String gzipResource(String path) {
    try (InputStream in = GymnasiumReference.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      try (InputStream unzipped = new GZIPInputStream(in)) {
        return new String(unzipped.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gymnasium's Taxi-v3 {@code P} as CSV text. */
  static String taxiV3Csv() {
    return resource("/gymnasium/taxi-v3/P.csv");
  }

  /** The initial states listed in Gymnasium's model.json. */
  static List<Integer> taxiV3InitialStates() {
    String json = resource("/gymnasium/taxi-v3/model.json");
    Matcher states = Pattern.compile("\"states\":\\s*\\[([^\\]]*)\\]").matcher(json);
    if (!states.find()) {
      throw new IllegalStateException("no states in model.json");
    }
    List<Integer> result = new ArrayList<>();
    for (String s : Splitter.on(',').split(states.group(1))) {
      result.add(Integer.parseInt(s.trim()));
    }
    return result;
  }

  /** A number field of model.json. */
  static double taxiV3Field(String name) {
    String json = resource("/gymnasium/taxi-v3/model.json");
    Matcher m = Pattern.compile("\"" + name + "\":\\s*([0-9.eE+-]+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in model.json");
    }
    return Double.parseDouble(m.group(1));
  }
}
