package dev.qsweep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test support: a Spark standalone cluster on 127.0.0.1, a master and workers as child JVMs started
 * from this JVM's class path (the same jars the driver runs). Ports are free ones; logs go to files
 * in {@code dir}.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Duration READY = Duration.ofSeconds(90);

  private final Path dir;
  private final int masterPort = freePort();
  private final int masterUiPort = freePort();
  private final Process master;
  private final List<Process> workers = new ArrayList<>();

  /** Starts a master and waits until it accepts connections. */
  StandaloneCluster(Path dir) throws IOException {
    this.dir = dir;
    // Executors are launched by a worker from a Spark home; ours has an empty jars/ folder, as
    // every class comes from the class path the driver passes (spark.executor.extraClassPath).
    Files.createDirectories(dir.resolve("spark-home").resolve("jars"));
    master =
        start(
            "master",
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(masterPort),
            "--webui-port",
            Integer.toString(masterUiPort));
    waitFor("the master", () -> accepts(masterPort));
  }

  /** {@code spark://127.0.0.1:PORT}. */
  String url() {
    return "spark://127.0.0.1:" + masterPort;
  }

  /** Starts a worker of {@code cores} cores and waits until the master counts it alive. */
  Process startWorker(int cores) throws IOException {
    int before = aliveWorkers();
    Process worker =
        start(
            "worker-" + workers.size(),
            "org.apache.spark.deploy.worker.Worker",
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(freePort()),
            "--webui-port",
            Integer.toString(freePort()),
            "--cores",
            Integer.toString(cores),
            "--memory",
            "2g",
            "--work-dir",
            dir.resolve("work-" + workers.size()).toString(),
            url());
    workers.add(worker);
    waitFor("a worker", () -> aliveWorkers() > before);
    return worker;
  }

  /** The workers started, in order. */
  List<Process> workers() {
    return workers;
  }

  /** Kills {@code worker} and its executors at once, as when its machine goes down. */
  static void kill(Process worker) {
    worker.descendants().forEach(ProcessHandle::destroyForcibly);
    worker.destroyForcibly();
  }

  private Process start(String name, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + System.getProperty("qsweep.spark.opens"));
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", dir.resolve("spark-home").toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve(name + ".log").toFile());
    return builder.start();
  }

  /** The workers the master's status page counts alive. */
  private int aliveWorkers() {
    try {
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)").matcher(page.body());
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void waitFor(String what, java.util.function.BooleanSupplier ready) {
    long deadline = System.nanoTime() + READY.toNanos();
    while (!ready.getAsBoolean()) {
      if (System.nanoTime() > deadline || !master.isAlive()) {
        throw new IllegalStateException(what + " did not start; see the logs in " + dir);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops every worker, their executors, and the master. */
  @Override
  public void close() {
    for (Process worker : workers) {
      kill(worker);
    }
    kill(master);
  }
}
