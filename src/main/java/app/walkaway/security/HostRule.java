package app.walkaway.security;

import java.util.Locale;

/**
 * Which Host header this server answers: only its own loopback address and port, by number or as
 * {@code localhost}. DNS rebinding points a foreign name (attacker.example) at 127.0.0.1 so that a
 * page of that site can read ours as if it were its own; the browser still sends the foreign name
 * as the Host, which is how it is caught here.
 */
final class HostRule {
  private HostRule() {}

  /**
   * True when {@code host} (the request's Host header, possibly null) names this server on {@code
   * port}. A browser leaves the port out only for port 80.
   */
  static boolean isOurs(String host, int port) {
    if (host == null) {
      return false;
    }
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.equals("127.0.0.1:" + port)
        || lower.equals("localhost:" + port)
        || (port == 80 && (lower.equals("127.0.0.1") || lower.equals("localhost")));
  }

  /** True when {@code origin} (scheme://host[:port], as in an Origin header) is this server. */
  static boolean isOurOrigin(String origin, int port) {
    String lower = origin.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") && isOurs(lower.substring("http://".length()), port);
  }

  /** True when {@code referer} (a whole address) is a page of this server. */
  static boolean isOurPage(String referer, int port) {
    String lower = referer.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://")) {
      return false;
    }
    int slash = lower.indexOf('/', "http://".length());
    String origin = slash < 0 ? lower : lower.substring(0, slash);
    return isOurOrigin(origin, port);
  }
}
