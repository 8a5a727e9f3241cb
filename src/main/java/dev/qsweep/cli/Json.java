package dev.qsweep.cli;

import dev.qsweep.util.Numbers;
import java.util.Map;

/** A minimal JSON object writer: flat keys, numbers without a locale, strings escaped. */
final class Json {
  private final StringBuilder sb = new StringBuilder("{");
  private boolean first = true;

  private Json() {}

  static Json object() {
    return new Json();
  }

  Json put(String key, String value) {
    key(key);
    string(value);
    return this;
  }

  Json put(String key, double value) {
    key(key);
    sb.append(Double.isFinite(value) ? Numbers.format(value) : "null");
    return this;
  }

  Json put(String key, long value) {
    key(key);
    sb.append(value);
    return this;
  }

  Json put(String key, boolean value) {
    key(key);
    sb.append(value);
    return this;
  }

  Json put(String key, Map<String, String> value) {
    key(key);
    sb.append('{');
    boolean firstEntry = true;
    for (Map.Entry<String, String> e : value.entrySet()) {
      if (!firstEntry) {
        sb.append(", ");
      }
      firstEntry = false;
      string(e.getKey());
      sb.append(": ");
      string(e.getValue());
    }
    sb.append('}');
    return this;
  }

  Json putRaw(String key, String json) {
    key(key);
    sb.append(json);
    return this;
  }

  private void key(String key) {
    if (!first) {
      sb.append(", ");
    }
    first = false;
    string(key);
    sb.append(": ");
  }

  private void string(String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  @Override
  public String toString() {
    return sb + "}";
  }
}
