package dev.qsweep.env;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Joiner;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The resolved keyword options of one environment: every option of its id, given or default. */
public final class EnvOptions {
  private static final Joiner.MapJoiner TEXT = Joiner.on(' ').withKeyValueSeparator('=');

  private final List<OptionSpec> specs;
  private final Map<String, Object> values;

  private EnvOptions(List<OptionSpec> specs, Map<String, Object> values) {
    this.specs = specs;
    this.values = values;
  }

  /**
   * Resolves {@code given} (name to text) against {@code specs}, filling in defaults.
   *
   * @throws IllegalArgumentException for an unknown option or a value of the wrong type or range
   */
  static EnvOptions resolve(String id, List<OptionSpec> specs, Map<String, String> given) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (OptionSpec spec : specs) {
      values.put(spec.name(), spec.defaultValue());
    }
    for (Map.Entry<String, String> e : given.entrySet()) {
      OptionSpec spec =
          specs.stream().filter(s -> s.name().equals(e.getKey())).findFirst().orElse(null);
      checkArgument(
          spec != null,
          "unknown option '%s' for %s; allowed: %s",
          e.getKey(),
          id,
          specs.stream().map(OptionSpec::name).collect(Collectors.joining(", ")));
      values.put(spec.name(), spec.parse(e.getValue()));
    }
    return new EnvOptions(specs, Collections.unmodifiableMap(values));
  }

  /** The value of a boolean option. */
  public boolean bool(String name) {
    return (Boolean) get(name);
  }

  /** The value of a numeric option. */
  public double real(String name) {
    return (Double) get(name);
  }

  /** The value of a step-count option. */
  public int steps(String name) {
    return (Integer) get(name);
  }

  /** The value of an option, or {@code null} where an option's default is "none". */
  public Object get(String name) {
    checkArgument(values.containsKey(name), "no option %s", name);
    return values.get(name);
  }

  /** Every option with its value as text, in declaration order. */
  public Map<String, String> asText() {
    Map<String, String> text = new LinkedHashMap<>();
    for (OptionSpec spec : specs) {
      text.put(spec.name(), spec.format(values.get(spec.name())));
    }
    return text;
  }

  /** Options whose value differs from the default, as text, in declaration order. */
  public Map<String, String> nonDefault() {
    Map<String, String> text = new LinkedHashMap<>();
    for (OptionSpec spec : specs) {
      String value = spec.format(values.get(spec.name()));
      if (!Objects.equals(value, spec.defaultText())) {
        text.put(spec.name(), value);
      }
    }
    return text;
  }

  /** Options whose value differs from the default, as {@code k=v} text joined by spaces. */
  public String nonDefaultText() {
    return join(nonDefault());
  }

  /**
   * Options as {@code k=v k=v} (empty for none): the one text form of options, in labels, in the
   * {@code env_options} column and in commands.
   */
  public static String join(Map<String, String> options) {
    return TEXT.join(options);
  }

  @Override
  public String toString() {
    return asText().toString();
  }
}
