package dev.qsweep.spark;

import com.google.common.base.Splitter;
import com.google.common.primitives.Ints;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Locale;

/**
 * Checks a {@code --spark} master before a context is made: a standalone master that does not
 * answer would otherwise keep the driver retrying its registration for a minute.
 */
final class Masters {
  /** How long to wait for a standalone master to accept a connection. */
  static final int CONNECT_MILLIS = 3000;

  private static final String STANDALONE = "spark://";

  private Masters() {}

  /**
   * True for Spark's in-process masters, {@code local}, {@code local[N]}, {@code local[*]}, ....
   */
  static boolean isLocal(String master) {
    return master.equals("local") || master.startsWith("local[");
  }

  /**
   * Checks that a {@code spark://host:port[,host:port]} master accepts connections (one of its
   * hosts, for a master with standbys); other masters are left to Spark.
   *
   * @throws IllegalArgumentException naming the master and why it cannot be used
   */
  static void checkReachable(String master) {
    if (!master.startsWith(STANDALONE)) {
      return;
    }
    List<String> hosts = Splitter.on(',').splitToList(master.substring(STANDALONE.length()));
    String why = null;
    for (String hostPort : hosts) {
      int colon = hostPort.lastIndexOf(':');
      Integer port = colon < 0 ? null : Ints.tryParse(hostPort.substring(colon + 1));
      if (colon <= 0 || port == null || port < 1 || port > 65535) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "--spark %s is not a valid master: %s is not host:port with a port in 1..65535,"
                    + " for example spark://head-node:7077",
                master,
                hostPort));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(hostPort.substring(0, colon), port), CONNECT_MILLIS);
        return;
      } catch (IOException e) {
        why =
            hostPort
                + ": "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "--spark %s: no Spark master answers (%s); start it, or check the host and port",
            master,
            why));
  }
}
