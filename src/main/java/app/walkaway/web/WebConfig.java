package app.walkaway.web;

import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import java.time.Clock;
import java.util.Objects;

/**
 * How to serve: on which port of 127.0.0.1, over which vault, and how the pages present themselves.
 * Checked when built, so a bad value fails before anything listens.
 *
 * @param port the port on 127.0.0.1; 0 picks a free one (tests)
 * @param door the vault's one session: create, unlock, lock, idle lock
 * @param demo true when serving a throwaway vault of invented data: every page says so
 * @param clock where the pages read today's date and the time (the edge reads the clock, never the
 *     core)
 * @param uploadLimit the most an import may upload at once, in bytes
 */
public record WebConfig(int port, VaultDoor door, boolean demo, Clock clock, long uploadLimit) {
  public static final int DEFAULT_PORT = 7070;

  /**
   * A chat export of a million messages is about 100 MB; a zip with photos can be far more, and
   * only its text is read. One gigabyte leaves room without letting a mistake fill her disk.
   */
  public static final long DEFAULT_UPLOAD_LIMIT = 1L << 30;

  public WebConfig {
    Objects.requireNonNull(door, "door");
    Objects.requireNonNull(clock, "clock");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
    if (uploadLimit < 1) {
      throw new IllegalArgumentException("uploadLimit " + uploadLimit + " must be positive");
    }
  }

  /** Her vault at {@code place}: port 7070, locks after 15 idle minutes until she sets her own. */
  public static WebConfig of(VaultPlace place) {
    return of(new VaultDoor(place, SessionSettings.defaults()));
  }

  /** The defaults over this door: port 7070, not a demo, the system clock. */
  public static WebConfig of(VaultDoor door) {
    return new WebConfig(
        DEFAULT_PORT, door, false, Clock.systemDefaultZone(), DEFAULT_UPLOAD_LIMIT);
  }

  public WebConfig withPort(int newPort) {
    return new WebConfig(newPort, door, demo, clock, uploadLimit);
  }

  public WebConfig withDemo(boolean newDemo) {
    return new WebConfig(port, door, newDemo, clock, uploadLimit);
  }

  public WebConfig withClock(Clock newClock) {
    return new WebConfig(port, door, demo, newClock, uploadLimit);
  }

  public WebConfig withUploadLimit(long bytes) {
    return new WebConfig(port, door, demo, clock, bytes);
  }
}
