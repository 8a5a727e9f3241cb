package dev.qsweep.util;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A minimal JSON object writer: numbers without a locale, strings escaped, keys in order. */
public final class Json {
  private final StringBuilder sb = new StringBuilder("{");
  private boolean first = true;

  private Json() {}

  /** An empty object. */
  public static Json object() {
    return new Json();
  }

  /** Adds a string. */
  public Json put(String key, String value) {
    key(key);
    string(value);
    return this;
  }

  /** Adds a number (null if not finite). */
  public Json put(String key, double value) {
    key(key);
    sb.append(Double.isFinite(value) ? Numbers.format(value) : "null");
    return this;
  }

  /** Adds a whole number. */
  public Json put(String key, long value) {
    key(key);
    sb.append(value);
    return this;
  }

  /** Adds a boolean. */
  public Json put(String key, boolean value) {
    key(key);
    sb.append(value);
    return this;
  }

  /** Adds an object of strings. */
  public Json put(String key, Map<String, String> value) {
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

  /** Adds a value that is already JSON text. */
  public Json putRaw(String key, String json) {
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

  /** Adds an array of strings. */
  public Json put(String key, List<String> values) {
    key(key);
    sb.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      string(values.get(i));
    }
    sb.append(']');
    return this;
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
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  /**
   * Reads a flat JSON object as qsweep writes it (string, number, boolean or null values, and
   * arrays of strings): each value as text, strings unescaped, arrays as their raw JSON text.
   *
   * @throws IllegalArgumentException naming the file if it is missing or not such an object
   */
  public static Map<String, String> parseFlat(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("missing file " + file, e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try {
      return new Reader(text).object();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** Reads a JSON array of strings written by {@link #put(String, List)}. */
  public static List<String> parseStringArray(String json) {
    Reader r = new Reader(json);
    List<String> values = new ArrayList<>();
    r.expect('[');
    r.skipSpace();
    if (r.peek() == ']') {
      return values;
    }
    while (true) {
      r.skipSpace();
      values.add(r.string());
      r.skipSpace();
      if (r.peek() == ']') {
        return values;
      }
      r.expect(',');
    }
  }

  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text;
    }

    Map<String, String> object() {
      Map<String, String> values = new LinkedHashMap<>();
      skipSpace();
      expect('{');
      skipSpace();
      if (peek() == '}') {
        return values;
      }
      while (true) {
        skipSpace();
        String key = string();
        skipSpace();
        expect(':');
        skipSpace();
        values.put(key, value());
        skipSpace();
        if (peek() == '}') {
          at++;
          return values;
        }
        expect(',');
      }
    }

    private String value() {
      char c = peek();
      if (c == '"') {
        return string();
      }
      int start = at;
      if (c == '[' || c == '{') {
        char close = c == '[' ? ']' : '}';
        int depth = 0;
        boolean inString = false;
        for (; at < text.length(); at++) {
          char d = text.charAt(at);
          if (inString) {
            if (d == '\\') {
              at++;
            } else if (d == '"') {
              inString = false;
            }
          } else if (d == '"') {
            inString = true;
          } else if (d == c) {
            depth++;
          } else if (d == close && --depth == 0) {
            at++;
            return text.substring(start, at);
          }
        }
        throw new IllegalArgumentException("unclosed " + c);
      }
      while (at < text.length() && ",}] \n\r\t".indexOf(text.charAt(at)) < 0) {
        at++;
      }
      if (at == start) {
        throw new IllegalArgumentException("missing value at " + start);
      }
      return text.substring(start, at);
    }

    String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = text.charAt(at++);
        if (c == '"') {
          return sb.toString();
        }
        if (c == '\\') {
          char e = text.charAt(at++);
          switch (e) {
            case 'n':
              sb.append('\n');
              break;
            case 'r':
              sb.append('\r');
              break;
            case 't':
              sb.append('\t');
              break;
            case 'u':
              sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
              break;
            default:
              sb.append(e);
          }
        } else {
          sb.append(c);
        }
      }
    }

    char peek() {
      if (at >= text.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return text.charAt(at);
    }

    void expect(char c) {
      if (peek() != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + at);
      }
      at++;
    }

    void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }

  @Override
  public String toString() {
    return sb + "}";
  }
}
