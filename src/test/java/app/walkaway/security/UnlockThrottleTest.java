package app.walkaway.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.security.UnlockThrottle.Outcome;
import app.walkaway.security.UnlockThrottle.Tried;
import app.walkaway.security.UnlockThrottle.Verdict;
import app.walkaway.security.UnlockThrottle.Wait;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong passphrases slow the next attempt, counted in a file beside the vault across restarts. */
class UnlockThrottleTest {
  @TempDir Path home;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T20:00:00Z"));
  private final AtomicInteger tries = new AtomicInteger();

  @Test
  void theFirstFewWrongPassphrasesCostNothing() {
    UnlockThrottle throttle = throttle();
    for (int i = 0; i < UnlockThrottle.FREE; i++) {
      assertThat(attempt(throttle, Verdict.WRONG)).isInstanceOf(Tried.class);
    }
    assertThat(tries).hasValue(UnlockThrottle.FREE);
    assertThat(throttle.waitLeft()).isEqualTo(Duration.ZERO);
  }

  @Test
  void thenEachWrongOneMakesTheNextWaitLonger() {
    UnlockThrottle throttle = throttle();
    wrong(throttle, UnlockThrottle.FREE + 1);
    assertThat(throttle.waitLeft()).isEqualTo(Duration.ofSeconds(5));
    Outcome<Verdict> early = attempt(throttle, Verdict.OPENED);
    assertThat(early).isEqualTo(new Wait<Verdict>(Duration.ofSeconds(5)));
    assertThat(tries).as("nothing was tried while waiting").hasValue(UnlockThrottle.FREE + 1);
    clock.advance(Duration.ofSeconds(5));
    assertThat(attempt(throttle, Verdict.WRONG)).isInstanceOf(Tried.class);
    assertThat(throttle.waitLeft()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void theWaitDoublesUpToAQuarterOfAnHour() {
    assertThat(UnlockThrottle.waitAfter(3)).isZero();
    assertThat(UnlockThrottle.waitAfter(4)).hasSeconds(5);
    assertThat(UnlockThrottle.waitAfter(5)).hasSeconds(10);
    assertThat(UnlockThrottle.waitAfter(8)).hasSeconds(80);
    assertThat(UnlockThrottle.waitAfter(12)).isEqualTo(Duration.ofMinutes(15));
    assertThat(UnlockThrottle.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theCountSurvivesARestartOfTheServer() {
    wrong(throttle(), UnlockThrottle.FREE + 2);
    UnlockThrottle afterRestart = throttle();
    assertThat(afterRestart.waitLeft()).isEqualTo(Duration.ofSeconds(10));
    assertThat(attempt(afterRestart, Verdict.OPENED)).isInstanceOf(Wait.class);
  }

  @Test
  void openingTheVaultStartsTheCountAgainAndRemovesTheFile() {
    UnlockThrottle throttle = throttle();
    wrong(throttle, UnlockThrottle.FREE + 1);
    clock.advance(Duration.ofMinutes(1));
    attempt(throttle, Verdict.OPENED);
    assertThat(home.resolve(AttemptsFile.NAME)).doesNotExist();
    wrong(throttle, UnlockThrottle.FREE);
    assertThat(throttle.waitLeft()).isZero();
  }

  @Test
  void otherFailuresAreNotGuesses() {
    UnlockThrottle throttle = throttle();
    for (int i = 0; i < 10; i++) {
      attempt(throttle, Verdict.OTHER);
    }
    assertThat(throttle.waitLeft()).isZero();
    assertThat(home.resolve(AttemptsFile.NAME)).doesNotExist();
  }

  @Test
  void aClockSetBackNeverMakesTheWaitLongerThanItsStep() {
    UnlockThrottle throttle = throttle();
    wrong(throttle, UnlockThrottle.FREE + 1);
    clock.advance(Duration.ofDays(-3));
    assertThat(throttle.waitLeft()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void theFileHoldsACountAndATimeOnlyAndOnlyHerAccountReadsIt() throws IOException {
    wrong(throttle(), 2);
    Path file = home.resolve(AttemptsFile.NAME);
    assertThat(Files.readString(file)).isEqualTo("2 " + clock.instant().toEpochMilli() + "\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(home.resolve(AttemptsFile.NAME + ".new")).doesNotExist();
  }

  @Test
  void aDamagedFileCountsAsNoWrongPassphraseAndIsWrittenAnew() throws IOException {
    Path file = home.resolve(AttemptsFile.NAME);
    for (String damaged : new String[] {"", "x y", "-4 0", "1 2 3", "9".repeat(500), "\0\0"}) {
      Files.writeString(file, damaged, StandardCharsets.ISO_8859_1);
      assertThat(throttle().waitLeft()).as(damaged).isZero();
    }
    wrong(throttle(), 1);
    assertThat(Files.readString(file)).startsWith("1 ");
  }

  private UnlockThrottle throttle() {
    return UnlockThrottle.beside(home.resolve("vault.db"), clock);
  }

  private void wrong(UnlockThrottle throttle, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(attempt(throttle, Verdict.WRONG)).isInstanceOf(Tried.class);
      clock.advance(UnlockThrottle.waitAfter(i + 1));
    }
    clock.advance(UnlockThrottle.waitAfter(times).negated());
  }

  private Outcome<Verdict> attempt(UnlockThrottle throttle, Verdict verdict) {
    return throttle.attempt(
        () -> {
          tries.incrementAndGet();
          return verdict;
        },
        v -> v);
  }
}
