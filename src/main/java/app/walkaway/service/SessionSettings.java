package app.walkaway.service;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How a {@link VaultSession} behaves.
 *
 * @param idleLock after this long without use the session locks itself
 * @param ticker nanoseconds from an arbitrary origin, as {@link System#nanoTime}; tests pass their
 *     own to move time on without waiting
 */
public record SessionSettings(Duration idleLock, LongSupplier ticker) {
  /** A quarter of an hour: long enough to read a page, short enough for a shared computer. */
  public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(15);

  public SessionSettings {
    Objects.requireNonNull(idleLock, "idleLock");
    Objects.requireNonNull(ticker, "ticker");
    requirePositive(idleLock);
  }

  public static SessionSettings defaults() {
    return new SessionSettings(DEFAULT_IDLE_LOCK, System::nanoTime);
  }

  /** For one command in its own process: it never sits idle long enough to matter. */
  public static SessionSettings oneCommand() {
    return new SessionSettings(Duration.ofDays(365), System::nanoTime);
  }

  public SessionSettings withIdleLock(Duration after) {
    return new SessionSettings(after, ticker);
  }

  static Duration requirePositive(Duration idleLock) {
    if (idleLock.isNegative() || idleLock.isZero()) {
      throw new IllegalArgumentException("the idle lock must be positive: " + idleLock);
    }
    return idleLock;
  }
}
