package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.event.Kind;
import app.walkaway.service.ServiceException.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unlocking, locking and the idle lock, over real encrypted vault files. */
class VaultSessionTest {
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-04-15T20:00");

  @TempDir Path home;

  @Test
  void aCreatedVaultUnlocksAgainWithItsPassphraseAndKeepsWhatWasStored() {
    try (VaultSession session = Vaults.create(home)) {
      LogEvent.log(session, LogRequest.of(Kind.VISIT).text("outside the studio"), NOW);
    }
    try (VaultSession session =
        VaultSession.unlock(VaultPlace.in(home), Vaults.passphrase(), SessionSettings.defaults())) {
      TimelinePage page = Timeline.page(session, TimelineQuery.all());

      assertThat(page.total()).isEqualTo(1);
      assertThat(page.items().get(0).event().text()).isEqualTo("outside the studio");
    }
  }

  @Test
  void theWrongPassphraseIsToldApartFromAMissingVault() {
    assertThatThrownBy(() -> unlock("lanterns over the harbour"))
        .isInstanceOfSatisfying(
            ServiceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NO_VAULT));
    Vaults.create(home).close();

    assertThatThrownBy(() -> unlock("not the passphrase at all"))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_PASSPHRASE));
    assertThatThrownBy(
            () ->
                VaultSession.create(
                    VaultPlace.in(home), Vaults.passphrase(), SessionSettings.defaults()))
        .isInstanceOfSatisfying(
            ServiceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.VAULT_EXISTS));
  }

  private VaultSession unlock(String passphrase) {
    return VaultSession.unlock(
        VaultPlace.in(home), passphrase.toCharArray(), SessionSettings.defaults());
  }

  @Test
  void aShortPassphraseIsRefusedBeforeAnythingIsMade() {
    assertThatThrownBy(
            () ->
                VaultSession.create(
                    VaultPlace.in(home), "short".toCharArray(), SessionSettings.defaults()))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.WEAK_PASSPHRASE));
    assertThat(VaultPlace.in(home).exists()).isFalse();
  }

  @Test
  void afterLockEveryUseSaysLockedAndNothingDecryptedIsHeld() {
    VaultSession session = Vaults.create(home);
    LogEvent.log(session, LogRequest.of(Kind.CALL), NOW);

    session.lock();

    assertThat(session.isUnlocked()).isFalse();
    assertThatThrownBy(() -> Timeline.page(session, TimelineQuery.all()))
        .isInstanceOf(VaultLockedException.class);
    assertThatThrownBy(() -> LogEvent.log(session, LogRequest.of(Kind.CALL), NOW))
        .isInstanceOf(VaultLockedException.class);
    assertThatThrownBy(session::columns).isInstanceOf(VaultLockedException.class);
    session.lock(); // twice is harmless
  }

  @Test
  void anIdleSessionLocksItselfAndEachUseStartsTheIdleTimeAgain() {
    Vaults.Ticker ticker = new Vaults.Ticker();
    Vaults.create(home).close();
    VaultSession session =
        VaultSession.unlock(
            VaultPlace.in(home),
            Vaults.passphrase(),
            Vaults.settings(ticker, Duration.ofMinutes(15)));

    ticker.advance(Duration.ofMinutes(14));
    session.touch();
    ticker.advance(Duration.ofMinutes(14));
    assertThat(session.isUnlocked()).isTrue();
    Timeline.page(session, TimelineQuery.all()); // a use, like touch()
    ticker.advance(Duration.ofMinutes(14));
    assertThat(session.lockIfIdle()).isFalse();

    ticker.advance(Duration.ofMinutes(2));

    assertThat(session.lockIfIdle()).isTrue();
    assertThat(session.isUnlocked()).isFalse();
    assertThatThrownBy(session::touch).isInstanceOf(VaultLockedException.class);
  }

  @Test
  void anIdleSessionIsLockedByTheNextUseEvenWithoutATimer() {
    Vaults.Ticker ticker = new Vaults.Ticker();
    Vaults.create(home).close();
    VaultSession session =
        VaultSession.unlock(
            VaultPlace.in(home),
            Vaults.passphrase(),
            Vaults.settings(ticker, Duration.ofMinutes(5)));
    session.idleLock(Duration.ofMinutes(1)); // her setting, changed while unlocked

    ticker.advance(Duration.ofSeconds(61));

    assertThatThrownBy(() -> Timeline.page(session, TimelineQuery.all()))
        .isInstanceOf(VaultLockedException.class);
    assertThat(session.isUnlocked()).isFalse();
  }

  @Test
  void theColumnsFollowEveryWrite() {
    try (VaultSession session = Vaults.create(home)) {
      Path chat =
          Vaults.whatsApp(
              home, "spring", LocalDateTime.parse("2026-03-01T09:00"), Duration.ofMinutes(5), 40);
      ImportFiles.run(
          session,
          new ImportRequest(List.of(chat), Optional.of("Maya"), Optional.empty()),
          ImportListener.NONE);
      assertThat(session.columns().size).isEqualTo(40);

      LogEvent.log(
          session, LogRequest.of(Kind.VISIT).at(LocalDateTime.parse("2026-02-01T10:00")), NOW);

      EventColumns columns = session.columns();
      assertThat(columns.size).isEqualTo(41);
      assertThat(columns.kind(0)).isEqualTo(Kind.VISIT); // the earliest, though stored last
      assertThat(columns.asks(1)).isTrue(); // Sam's first message asks "are you there?"
      assertThat(columns.asks(2)).isFalse();
    }
  }
}
