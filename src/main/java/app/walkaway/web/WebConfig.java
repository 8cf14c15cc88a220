package app.walkaway.web;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to serve: on which port of 127.0.0.1, over which vault, and how the pages present themselves.
 * Checked when built, so a bad value fails before anything listens.
 *
 * @param port the port on 127.0.0.1; 0 picks a free one (tests)
 * @param door the vault's life: create, unlock, lock
 * @param idleLock how long without her touching a page before the vault locks itself
 * @param demo true when serving a throwaway vault of invented data: every page says so
 * @param discreetName a neutral name she chose for the top bar and window title, if any
 */
public record WebConfig(
    int port, VaultDoor door, Duration idleLock, boolean demo, Optional<String> discreetName) {
  public static final int DEFAULT_PORT = 7070;
  public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(15);

  public WebConfig {
    Objects.requireNonNull(door, "door");
    Objects.requireNonNull(idleLock, "idleLock");
    Objects.requireNonNull(discreetName, "discreetName");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
    if (idleLock.isNegative() || idleLock.isZero()) {
      throw new IllegalArgumentException("idleLock " + idleLock + " must be positive");
    }
  }

  /** The defaults: port 7070, locks after 15 idle minutes, not a demo, no discreet name. */
  public static WebConfig of(VaultDoor door) {
    return new WebConfig(DEFAULT_PORT, door, DEFAULT_IDLE_LOCK, false, Optional.empty());
  }

  public WebConfig withPort(int newPort) {
    return new WebConfig(newPort, door, idleLock, demo, discreetName);
  }

  public WebConfig withIdleLock(Duration newIdleLock) {
    return new WebConfig(port, door, newIdleLock, demo, discreetName);
  }

  public WebConfig withDemo(boolean newDemo) {
    return new WebConfig(port, door, idleLock, newDemo, discreetName);
  }
}
