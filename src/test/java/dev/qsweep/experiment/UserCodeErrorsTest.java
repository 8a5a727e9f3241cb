package dev.qsweep.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The experiment's own code failing, class by class: each is an {@code IllegalArgumentException}
 * with one line naming the file, the line that threw, and what was thrown.
 */
final class UserCodeErrorsTest {
  private static Path write(Path dir, String members, String body) throws IOException {
    return ExperimentFiles.writeBad(dir, "", members, body);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // grid() throws, raises, overflows, runs out of memory.
        "|throw new IllegalStateException(\"not today\");"
            + "|Bad.java:5: grid() threw java.lang.IllegalStateException: not today",
        "int zero() { return 0; }|return @.replicates(1 / zero()).build();"
            + "|Bad.java:5: grid() threw java.lang.ArithmeticException: / by zero",
        "|return grid();|Bad.java:5: grid() threw java.lang.StackOverflowError",
        "|long[] big = new long[Integer.MAX_VALUE]; return null;"
            + "|Bad.java:5: grid() threw java.lang.OutOfMemoryError: Requested array size exceeds VM"
            + " limit",
        "|throw new AssertionError(\"a\\nb\");|Bad.java:5: grid() threw java.lang.AssertionError: a b",
        "|throw new IllegalArgumentException(\"mine\");"
            + "|Bad.java:5: grid() threw java.lang.IllegalArgumentException: mine",
        "static RuntimeException sneaky(Throwable t) { return Bad.<RuntimeException>raise(t); }"
            + " static <T extends Throwable> T raise(Throwable t)"
            + " throws T { throw (T) t; }"
            + "|throw sneaky(new java.io.IOException(\"disk\"));"
            + "|Bad.java:5: grid() threw java.io.IOException: disk",
        "static class Odd extends RuntimeException { public String getMessage() { throw new"
            + " IllegalStateException(); } }|throw new Odd();|Bad.java:5: grid() threw Bad$Odd",
        "|return List.<Grid>of().get(0);"
            + "|Bad.java:5: grid() threw java.lang.ArrayIndexOutOfBoundsException: Index 0 out of"
            + " bounds for length 0",
        // grid() returns null, or passes null or bad values to the builder.
        "|return null;|Bad.java: grid() returned null; it must return a grid:"
            + " Grid.builder(...)...build()",
        "|return @.env(null).build();|Bad.java:5: env: null id",
        "|return @.env(\"Taxi-v3\", null).build();|Bad.java:5: env: null options for Taxi-v3",
        "|Map<String, String> o = new HashMap<>(); o.put(\"is_rainy\", null);"
            + " return @.env(\"Taxi-v3\", o).build();"
            + "|Bad.java:5: env: null option name or value for Taxi-v3: {is_rainy=null}",
        "|return @.learner((String) null).build();|Bad.java:5: learner: null value",
        "|return @.learner((dev.qsweep.learn.Algorithm) null).build();|Bad.java:5: learner: null value",
        "|return @.alpha((double[]) null).build();|Bad.java:5: alpha: no value given",
        "|return @.gamma((dev.qsweep.schedule.Schedule[]) null).build();"
            + "|Bad.java:5: gamma: no value given",
        "|return @.epsilon((dev.qsweep.schedule.Schedule) null).build();"
            + "|Bad.java:5: epsilon: null schedule",
        "|return @.episodes((int[]) null).build();|Bad.java:5: episodes: no value given",
        "|return @.initialQ((double[]) null).build();|Bad.java:5: initial_q: no value given",
        "|return @.filter(null).build();|Bad.java:5: filter: null filter",
        "|return Grid.builder(null).build();"
            + "|Bad.java:5: grid name must be letters, digits, '.', '-' or '_', got 'null'",
        "|return @.alpha(2.0).build();"
            + "|Bad.java:5: alpha 2 is out of range; alpha must be in (0, 1]",
        // The filter throws.
        "|return @.filter(c -> { throw new RuntimeException(\"filtered\"); }).build();"
            + "|Bad.java:5: the filter threw java.lang.RuntimeException: filtered",
        "|return @.filter(c -> c.envOptions().get(\"x\").isEmpty()).build();"
            + "|Bad.java:5: the filter threw java.lang.NullPointerException: Cannot invoke"
            + " \"String.isEmpty()\" because the return value of \"java.util.Map.get(Object)\" is"
            + " null",
        "static boolean deep(int n) { return deep(n + 1); }|return @.filter(c -> deep(0)).build();"
            + "|Bad.java:3: the filter threw java.lang.StackOverflowError",
        // Static initializers and constructors.
        "static final int X = Integer.parseInt(\"x\");|return @.build();"
            + "|Bad.java:3: the static initializer of Bad threw java.lang.NumberFormatException: For"
            + " input string: \"x\"",
        "static { if (true) throw new IllegalStateException(\"init\"); }|return @.build();"
            + "|Bad.java:3: the static initializer of Bad threw java.lang.IllegalStateException: init",
        "static class Late { static final int Y = 1 / Integer.parseInt(\"0\"); }"
            + "|return @.replicates(Late.Y).build();"
            + "|Bad.java:3: grid() threw java.lang.ArithmeticException: / by zero in a static"
            + " initializer",
        "public Bad() { throw new UnsupportedOperationException(\"no\"); }|return @.build();"
            + "|Bad.java:3: the constructor of Bad threw java.lang.UnsupportedOperationException: no",
        "final List<String> names = List.of((String) null);|return @.build();"
            + "|Bad.java:3: the constructor of Bad threw java.lang.NullPointerException",
      })
  void userCodeThatFails_oneLineWithItsFileAndLine(
      String members, String body, String message, @TempDir Path dir) throws IOException {
    Path file = write(dir, members == null ? "" : members, body);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExperimentLoader.load(file));
    assertEquals(dir + "/" + message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "public abstract class Bad implements Experiment {}"
            + "|Bad.java: class Bad is abstract; it must be a class qsweep can create",
        "public interface Bad extends Experiment {}"
            + "|Bad.java: class Bad must implement dev.qsweep.experiment.Experiment"
            + " (or dev.qsweep.search.SpaceSearch to search a space; or, for a file that only defines"
            + " an environment, dev.qsweep.env.TabularEnvironment)",
        "public class Bad {}|Bad.java: class Bad must implement dev.qsweep.experiment.Experiment"
            + " (or dev.qsweep.search.SpaceSearch to search a space; or, for a file that only defines"
            + " an environment, dev.qsweep.env.TabularEnvironment)",
        "class Bad implements Experiment { public Grid grid() { return null; } }"
            + "|Bad.java must declare a public class Bad that implements"
            + " dev.qsweep.experiment.Experiment",
        "public class Bad implements Experiment { public Bad(int x) {} public Grid grid() { return"
            + " null; } }|Bad.java: class Bad needs a public constructor without arguments",
        "public class Bad implements Experiment { private Bad() {} public Grid grid() { return"
            + " null; } }|Bad.java: class Bad needs a public constructor without arguments",
        "public enum Bad implements Experiment { A; public Grid grid() { return null; } }"
            + "|Bad.java: class Bad needs a public constructor without arguments",
        "|Bad.java must declare a public class Bad that implements dev.qsweep.experiment.Experiment",
        "package a.b; public class Bad {}"
            + "|Bad.java: class a.b.Bad must implement dev.qsweep.experiment.Experiment"
            + " (or dev.qsweep.search.SpaceSearch to search a space; or, for a file that only defines"
            + " an environment, dev.qsweep.env.TabularEnvironment)",
      })
  void classThatQsweepCannotUse_oneLineSayingWhatIsNeeded(
      String declaration, String message, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("Bad.java");
    Files.writeString(
        file,
        declaration != null && declaration.startsWith("package")
            ? declaration.replace(";", "; import dev.qsweep.experiment.*;")
            : "import dev.qsweep.experiment.*;\n" + (declaration == null ? "" : declaration));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExperimentLoader.load(file));
    assertEquals(dir + "/" + message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "package my.lab;|Bad.java:7: grid() threw java.lang.IllegalStateException: packaged",
        "package my.lab; // a comment: package not.this;|Bad.java:7: grid() threw"
            + " java.lang.IllegalStateException: packaged",
        "/* package fake.one; */ package my.lab;|Bad.java:7: grid() threw"
            + " java.lang.IllegalStateException: packaged",
      })
  void packagedExperiment_theCompilerFindsItsClass(
      String packageLine, String message, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("Bad.java");
    Files.writeString(
        file,
        packageLine
            + "\nimport dev.qsweep.experiment.*;\n"
            + "class Helper {\n"
            + "  static Grid fail() {\n"
            + "    String why = \"packaged\";\n"
            + "    // the next line throws\n"
            + "    throw new IllegalStateException(why);\n"
            + "  }\n"
            + "}\n"
            + "public class Bad implements Experiment {\n"
            + "  public Grid grid() { return Helper.fail(); }\n"
            + "}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExperimentLoader.load(file));
    assertEquals(dir + "/" + message, e.getMessage());
    assertTrue(e instanceof UserCodeException);
  }

  @org.junit.jupiter.api.Test
  void exceptionRaisedInsideQsweep_isABugAndPassesThrough() {
    // Raised here, in a dev.qsweep class that is not the experiment's: qsweep's own code.
    NullPointerException bug = new NullPointerException("qsweep forgot a check");
    assertTrue(UserCodeException.failure(Grid.class, "grid()", bug) == bug);
    IllegalStateException check = new IllegalStateException("the grid is empty");
    RuntimeException usage = UserCodeException.failure(Grid.class, "grid()", check);
    assertTrue(usage instanceof UserCodeException, usage.toString());
    assertEquals("the experiment: the grid is empty", usage.getMessage());
    StackOverflowError deep = new StackOverflowError();
    assertTrue(UserCodeException.failure(Grid.class, "grid()", deep) instanceof UserCodeException);
  }
}
