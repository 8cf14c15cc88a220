package app.walkaway.web;

import java.time.Clock;
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
 * @param clock where the pages read today's date and the time (the edge reads the clock, never the
 *     core)
 * @param insights the Insights page's pictures
 */
public record WebConfig(
    int port,
    VaultDoor door,
    Duration idleLock,
    boolean demo,
    Optional<String> discreetName,
    Clock clock,
    InsightsSource insights) {
  public static final int DEFAULT_PORT = 7070;
  public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(15);

  public WebConfig {
    Objects.requireNonNull(door, "door");
    Objects.requireNonNull(idleLock, "idleLock");
    Objects.requireNonNull(discreetName, "discreetName");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(insights, "insights");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
    if (idleLock.isNegative() || idleLock.isZero()) {
      throw new IllegalArgumentException("idleLock " + idleLock + " must be positive");
    }
  }

  /** The defaults: port 7070, locks after 15 idle minutes, not a demo, no discreet name. */
  public static WebConfig of(VaultDoor door) {
    return new WebConfig(
        DEFAULT_PORT,
        door,
        DEFAULT_IDLE_LOCK,
        false,
        Optional.empty(),
        Clock.systemDefaultZone(),
        InsightsSource.NOTHING);
  }

  public WebConfig withPort(int newPort) {
    return new WebConfig(newPort, door, idleLock, demo, discreetName, clock, insights);
  }

  public WebConfig withIdleLock(Duration newIdleLock) {
    return new WebConfig(port, door, newIdleLock, demo, discreetName, clock, insights);
  }

  public WebConfig withDemo(boolean newDemo) {
    return new WebConfig(port, door, idleLock, newDemo, discreetName, clock, insights);
  }

  public WebConfig withClock(Clock newClock) {
    return new WebConfig(port, door, idleLock, demo, discreetName, newClock, insights);
  }

  public WebConfig withInsights(InsightsSource newInsights) {
    return new WebConfig(port, door, idleLock, demo, discreetName, clock, newInsights);
  }
}
