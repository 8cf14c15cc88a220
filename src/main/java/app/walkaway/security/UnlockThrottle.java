package app.walkaway.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Slows down guessing her passphrase through the unlock page: the first few wrong passphrases cost
 * nothing (typos happen), then each further one makes the next attempt wait twice as long, up to a
 * quarter of an hour. The count survives a reload of the page and a restart of the server: it is
 * kept in a small file beside the vault ({@link AttemptsFile}), not in it, because the vault cannot
 * be read or written before it is unlocked, which is exactly when the count is needed.
 *
 * <p>Attempts are taken one at a time: a second one waits for the first to be judged, so parallel
 * requests cannot slip past the count.
 */
public final class UnlockThrottle {
  /** Wrong passphrases that cost nothing. */
  static final int FREE = 3;

  static final Duration FIRST_WAIT = Duration.ofSeconds(5);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

  private final AttemptsFile file;
  private final Clock clock;

  UnlockThrottle(AttemptsFile file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** The throttle for the vault file {@code vault}, counting in a file beside it. */
  public static UnlockThrottle beside(Path vault, Clock clock) {
    Objects.requireNonNull(vault, "vault");
    return in(vault.toAbsolutePath().getParent(), clock);
  }

  /** The throttle for the vault in {@code folder}, counting in a file there. */
  public static UnlockThrottle in(Path folder, Clock clock) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(clock, "clock");
    return new UnlockThrottle(new AttemptsFile(folder.resolve(AttemptsFile.NAME)), clock);
  }

  /** How an unlock attempt went, as far as counting goes. */
  public enum Verdict {
    /** The vault opened: the count starts again. */
    OPENED,
    /** The passphrase was wrong: counted. */
    WRONG,
    /** Anything else (no vault, a damaged file, in use elsewhere): not a guess, not counted. */
    OTHER
  }

  /** What became of an attempt. */
  public sealed interface Outcome<T> {}

  /** The attempt was made; here is its result. */
  public record Tried<T>(T result) implements Outcome<T> {}

  /** Too soon after too many wrong passphrases: nothing was tried; try again after {@code left}. */
  public record Wait<T>(Duration left) implements Outcome<T> {}

  /**
   * Makes the attempt {@code unlock} unless it is too soon, then counts it as {@code judge} says.
   */
  public synchronized <T> Outcome<T> attempt(Supplier<T> unlock, Function<T, Verdict> judge) {
    Instant now = clock.instant();
    AttemptsFile.Count count = file.read();
    Duration left = left(count, now);
    if (!left.isZero()) {
      return new Wait<>(left);
    }
    T result = unlock.get();
    switch (judge.apply(result)) {
      case OPENED -> file.clear();
      case WRONG -> file.write(new AttemptsFile.Count(count.failures() + 1, clock.instant()));
      case OTHER -> {}
    }
    return new Tried<>(result);
  }

  /** How long until the next attempt is allowed (zero: now). */
  public synchronized Duration waitLeft() {
    return left(file.read(), clock.instant());
  }

  /** The wait that follows {@code failures} wrong passphrases in a row. */
  static Duration waitAfter(int failures) {
    if (failures <= FREE) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE - 1, 20);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private static Duration left(AttemptsFile.Count count, Instant now) {
    Duration wait = waitAfter(count.failures());
    Duration since = Duration.between(count.last(), now);
    if (since.isNegative()) {
      return wait; // the clock went back: wait the whole time again, never longer
    }
    Duration left = wait.minus(since);
    return left.isNegative() ? Duration.ZERO : left;
  }
}
