package app.walkaway.vault;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Wall-clock times as INTEGER seconds: the local time read as if it were UTC, so nothing is ever
 * shifted by a zone (exports such as WhatsApp's carry none). Sub-second parts are not kept.
 */
final class Times {
  private Times() {}

  static long toSeconds(LocalDateTime at) {
    return at.toEpochSecond(ZoneOffset.UTC);
  }

  static LocalDateTime fromSeconds(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
  }
}
