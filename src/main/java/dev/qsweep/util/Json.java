package dev.qsweep.util;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * qsweep's JSON, through Jackson: each JSON document is a record whose components carry their JSON
 * names ({@code @JsonProperty}), written on one line with {@code ", "} and {@code ": "} between
 * entries, keys in component order, numbers as {@link Numbers#format} writes them (no locale, no
 * exponent; not finite as {@code null}).
 */
public final class Json {
  /*
   * Implementation note. Records are written in the order of their components and read through
   * their canonical constructors (Jackson 2.12+). Reading is strict: a missing, null, unknown or
   * mistyped field, or anything after the object, is an error, so a tampered file is refused
   * rather than half-read. Doubles go through Numbers.format rather than Double.toString so that
   * 1e-05 reads 0.00001, as in the CSV files, and the bytes stay those of the writer Jackson
   * replaced.
   */
  private static final ObjectMapper MAPPER = mapper();

  /** Jackson's advice to programmers inside its messages: which feature to turn on, and where. */
  private static final Pattern NOISE =
      Pattern.compile(
          String.join(
              "|",
              " \\(but (might|could) if coercion[^)]*\\)",
              " \\((start marker at|class) .*",
              " \\(bound as `[^`]*`\\)",
              " \\(index \\d+\\)",
              ":? not allowed as per `.*",
              ";? ?`(Deserialization|StreamRead)Feature\\.[A-Z_]+` (enabled|disabled).*"));

  private Json() {}

  private static ObjectMapper mapper() {
    DoubleWriter doubles = new DoubleWriter();
    return JsonMapper.builder()
        .addModule(
            new SimpleModule("qsweep")
                .addSerializer(Double.class, doubles)
                .addSerializer(double.class, doubles))
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .withCoercionConfig(
            LogicalType.Textual,
            text ->
                text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
  }

  /**
   * {@code value} (a record of JSON properties) as one line of JSON, without a line break.
   *
   * @throws IllegalStateException if Jackson cannot map it (a bug in the record's mapping)
   */
  public static String write(Object value) {
    try {
      return MAPPER.writer(new OneLine()).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * Reads {@code file} as one {@code type}, strictly: every field present, none unknown.
   *
   * @param what what the file should be, for the error message ({@code "qsweep manifest"})
   * @throws IllegalArgumentException naming the file, and the line, column and reason when the file
   *     is not such a JSON object
   */
  public static <T> T read(Path file, Class<T> type, String what) {
    try (InputStream in = Files.newInputStream(file)) {
      return MAPPER.readValue(in, type);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("missing file " + file, e);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : String.format(Locale.ROOT, ":%d:%d", at.getLineNr(), at.getColumnNr());
      throw new IllegalArgumentException(file + where + ": not a " + what + ": " + oneLine(e), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String oneLine(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    // Jackson's first line says it; what follows (and its advice on features) is for programmers.
    int end = message.indexOf('\n');
    message = (end < 0 ? message : message.substring(0, end)).strip();
    message = NOISE.matcher(message).replaceAll("");
    String field = e instanceof JsonMappingException m ? fieldOf(m) : "";
    return field.isEmpty() ? message : "field " + field + ": " + message;
  }

  private static String fieldOf(JsonMappingException e) {
    List<String> names = new ArrayList<>();
    for (JsonMappingException.Reference r : e.getPath()) {
      names.add(r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()));
    }
    return String.join(".", names);
  }

  /** One line: {@code {"a": 1, "b": [1, 2]}}, the layout qsweep has always written. */
  private static final class OneLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }
  }

  /** A double as {@link Numbers#format} writes it; NaN and infinities as null. */
  private static final class DoubleWriter extends JsonSerializer<Double> {
    @Override
    public void serialize(Double value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if (Double.isFinite(value)) {
        g.writeNumber(Numbers.format(value));
      } else {
        g.writeNull();
      }
    }
  }
}
