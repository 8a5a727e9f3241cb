package dev.qsweep.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * User code that would end, hang or litter qsweep: a call that ends the JVM is refused when the
 * file compiles, code that never returns is stopped at the time limit, and a thread it started that
 * dies of an exception fails the load; each in one line naming the file and line.
 */
final class UserCodeLimitsTest {
  /** A time limit short enough for a test, long enough for a loaded machine's valid code. */
  private static final Duration LIMIT = Duration.ofSeconds(2);

  private static Path write(Path dir, String imports, String members, String body)
      throws IOException {
    return ExperimentFiles.writeBad(dir, imports, members, body);
  }

  private static String refusal(Path file) {
    return assertThrows(IllegalArgumentException.class, () -> ExperimentLoader.load(file, LIMIT))
        .getMessage();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "||System.exit(1); return @.build();|Bad.java:5: System.exit",
        "||Runtime.getRuntime().halt(3); return @.build();|Bad.java:5: Runtime.halt",
        "||Runtime r = Runtime.getRuntime(); r.exit(0); return @.build();|Bad.java:5: Runtime.exit",
        "||java.util.function.IntConsumer end = System::exit; return @.build();"
            + "|Bad.java:5: System.exit",
        "import static java.lang.System.exit;||exit(2); return @.build();|Bad.java:5: System.exit",
        "|static { if (Boolean.getBoolean(\"x\")) System.exit(4); }|return @.build();"
            + "|Bad.java:3: System.exit",
        "|Bad() { Runtime.getRuntime().addShutdownHook(new Thread(() -> Runtime.getRuntime()"
            + ".halt(0))); }|return @.build();|Bad.java:3: Runtime.halt",
      })
  void aCallThatEndsTheJvm_isRefusedWhenTheFileCompiles(
      String imports, String members, String body, String start, @TempDir Path dir)
      throws IOException {
    Path file = write(dir, imports == null ? "" : imports, members == null ? "" : members, body);
    String message = refusal(file);
    assertTrue(message.startsWith(dir + "/" + start + " would end qsweep"), message);
    assertTrue(message.contains("throw an exception instead"), message);
  }

  @Test
  void aCallThatEndsTheJvm_inAFileBesideTheExperiment_namesThatFile(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("Quit.java"),
        "final class Quit {\n  static void now() {\n    System.exit(9);\n  }\n}\n");
    Path file = write(dir, "", "", "Quit.now(); return @.build();");
    assertTrue(refusal(file).startsWith(dir + "/Quit.java:3: System.exit would end qsweep"));
  }

  @Test
  void methodsOfTheSameNames_thatDoNotEndTheJvm_areAllowed(@TempDir Path dir) throws IOException {
    Path file =
        write(
            dir,
            "",
            "static void exit(int code) {} static final class Runtime { void halt(int c) {} }",
            "exit(1); new Runtime().halt(2); return @.build();");
    assertEquals("bad", ExperimentLoader.load(file, LIMIT).grid().name());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "|while (true) {}|Bad.java:5: grid()",
        "|try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { } return null;"
            + "|Bad.java:5: grid()",
        "static long spin() { long n = 0; while (n >= 0) { n = (n * 31) & 1023; } return n; }"
            + "|return @.replicates((int) spin()).build();|Bad.java:3: grid()",
        "public Bad() { for (;;) { Thread.onSpinWait(); } }|return @.build();"
            + "|Bad.java:3: the constructor of Bad",
        "static { while (Math.abs(1) > 0) { } }|return @.build();"
            + "|Bad.java:3: the static initializer of Bad",
        "|return @.filter(c -> { while (true) {} }).build();|Bad.java:5: grid()",
        // A class-initialization deadlock: the thread's lambda needs Bad, which waits for it.
        "static { Thread t = new Thread(() -> {}); t.start(); try { t.join(); } catch"
            + " (InterruptedException e) { } }|return @.build();"
            + "|Bad.java:3: the static initializer of Bad",
      })
  void codeThatNeverReturns_isStoppedAtTheLimit_namingTheMethodAndLine(
      String members, String body, String start, @TempDir Path dir) throws IOException {
    Path file = write(dir, "", members == null ? "" : members, body);
    String message = refusal(file);
    assertEquals(
        dir
            + "/"
            + start
            + " did not return within 2 s (an endless loop?) and was stopped;"
            + " -Dqsweep.experimentSeconds=SECONDS in QSWEEP_JAVA_OPTS allows more",
        message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "|Thread t = new Thread(() -> { throw new IllegalStateException(\"boom\"); }, \"worker-1\");"
            + " t.start(); t.join(); return @.build();"
            + "|Bad.java:5: a thread grid() started (worker-1) threw"
            + " java.lang.IllegalStateException: boom",
        "|Thread t = new Thread(() -> { throw new AssertionError(\"never\"); }, \"w\"); t.start();"
            + " t.join(); return @.build();"
            + "|Bad.java:5: a thread grid() started (w) threw java.lang.AssertionError: never",
        "static final class Job extends Thread { Job() { super(\"job\"); } public void run() { int[]"
            + " a = new int[1]; a[2] = 1; } }|Job j = new Job(); j.start(); j.join(); return"
            + " @.build();|Bad.java:3: a thread grid() started (job) threw"
            + " java.lang.ArrayIndexOutOfBoundsException: Index 2 out of bounds for length 1",
        // An anonymous class: a lambda is a method of Bad, which waits for Bad's initialization.
        "static { Thread t = new Thread(new Runnable() { public void run() { throw new"
            + " RuntimeException(\"early\"); } }, \"s\"); t.start(); try { t.join(); } catch"
            + " (InterruptedException e) { } }|return @.build();"
            + "|Bad.java:3: a thread the static initializer of Bad started (s) threw"
            + " java.lang.RuntimeException: early",
      })
  void aThreadTheCodeStartedThatThrows_failsTheLoadInOneLine(
      String members, String body, String message, @TempDir Path dir) throws IOException {
    String joined =
        body.contains(".join()")
            ? "try { "
                + body
                + " } catch (InterruptedException e) { throw new"
                + " IllegalStateException(e); }"
            : body;
    Path file = write(dir, "", members == null ? "" : members, joined);
    assertEquals(dir + "/" + message, refusal(file));
  }

  @ParameterizedTest
  @CsvSource({"0", "-3", "x", "1.5", "''"})
  void aTimeLimitThatIsNotAPositiveWholeNumber_isRefused(String value) {
    String before = System.getProperty(UserCodeRunner.LIMIT_PROPERTY);
    try {
      System.setProperty(UserCodeRunner.LIMIT_PROPERTY, value);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, UserCodeRunner::configuredLimit);
      assertEquals(
          "-Dqsweep.experimentSeconds="
              + value
              + " is not allowed; give a whole number of seconds > 0",
          e.getMessage());
    } finally {
      if (before == null) {
        System.clearProperty(UserCodeRunner.LIMIT_PROPERTY);
      } else {
        System.setProperty(UserCodeRunner.LIMIT_PROPERTY, before);
      }
    }
  }
}
