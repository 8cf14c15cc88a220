package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.method.Mode;
import app.walkaway.service.ServiceException.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Her settings, his name and her exit message, kept in a real vault. */
class AppSettingsTest {
  @TempDir Path home;

  @Test
  void settingsComeBackAfterUnlockingAgainAndTheNameIsReadableWhileLocked() {
    try (VaultSession session = Vaults.create(home)) {
      assertThat(AppSettings.read(session)).isEqualTo(Preferences.DEFAULTS);
      assertThat(AppSettings.chosenIdleLock(session)).isEmpty();
      AppSettings.save(
          session,
          new Preferences(Optional.of("GB"), Duration.ofMinutes(5), Optional.of("  Notes ")));
      assertThat(session.idleLock()).isEqualTo(Duration.ofMinutes(5));
    }
    assertThat(AppSettings.discreetName(VaultPlace.in(home))).hasValue("Notes");
    try (VaultSession session =
        VaultSession.unlock(VaultPlace.in(home), Vaults.passphrase(), SessionSettings.defaults())) {
      Preferences kept = AppSettings.read(session);
      assertThat(kept.country()).hasValue("GB");
      assertThat(kept.appName()).hasValue("Notes");
      assertThat(AppSettings.chosenIdleLock(session)).hasValue(Duration.ofMinutes(5));
      AppSettings.save(session, kept.withAppName(Optional.empty()));
    }
    assertThat(AppSettings.discreetName(VaultPlace.in(home))).isEmpty();
    assertThat(home.resolve(AppSettings.NAME_FILE)).doesNotExist();
  }

  @Test
  void whatTheFormCouldNotOfferIsRefused() {
    assertThatThrownBy(
            () -> new Preferences(Optional.of("XX"), Duration.ofMinutes(15), Optional.empty()))
        .isInstanceOfSatisfying(
            ServiceException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BAD_INPUT));
    assertThatThrownBy(
            () -> new Preferences(Optional.empty(), Duration.ofMinutes(7), Optional.empty()))
        .hasMessageContaining("not one of [5, 10, 15, 30, 60]");
    assertThatThrownBy(
            () ->
                new Preferences(
                    Optional.empty(), Duration.ofMinutes(15), Optional.of("Notes\nmore")))
        .hasMessageContaining("control character");
  }

  @Test
  void aWipeTakesTheNameFileWithTheVault() {
    try (VaultSession session = Vaults.create(home)) {
      AppSettings.save(session, Preferences.DEFAULTS.withAppName(Optional.of("Notes")));
    }
    assertThat(VaultKeeping.wipe(VaultPlace.in(home))).isPositive();
    assertThat(home.resolve(AppSettings.NAME_FILE)).doesNotExist();
    assertThat(VaultPlace.in(home).exists()).isFalse();
  }

  @Test
  void aDamagedNameFileCostsOnlyTheName() throws Exception {
    Files.createDirectories(home);
    Files.writeString(home.resolve(AppSettings.NAME_FILE), "x".repeat(500));
    assertThat(AppSettings.discreetName(VaultPlace.in(home))).isEmpty();
  }

  @Test
  void hisNameWaitsForAPlanAndFollowsItOnce() {
    try (VaultSession session = Vaults.create(home)) {
      assertThat(HisName.find(session)).isEmpty();
      HisName.save(session, " Sam ");
      assertThat(HisName.find(session)).hasValue("Sam");
      Plans.start(
          session,
          new PlanRequest(
              LocalDate.of(2026, 3, 1), Mode.SOFT, List.of(), List.of(), Optional.empty(), "Sam"));
      HisName.save(session, "S.");
      assertThat(Plans.require(session).name()).isEqualTo("S.");
      assertThat(HisName.find(session)).hasValue("S.");
      HisName.save(session, "");
      assertThat(HisName.find(session)).isEmpty();
    }
  }

  @Test
  void herExitMessageIsKeptAndAnEmptyOneForgetsIt() {
    try (VaultSession session = Vaults.create(home)) {
      ExitMessages.save(session, "  I need time for myself.  ");
      assertThat(ExitMessages.find(session)).hasValue("I need time for myself.");
      ExitMessages.save(session, "   ");
      assertThat(ExitMessages.find(session)).isEmpty();
      assertThatThrownBy(() -> ExitMessages.save(session, "x".repeat(5000)))
          .hasMessageContaining("at most 4000 fit");
    }
  }

  @Test
  void aNewPassphraseNeedsTheCurrentOne() {
    try (VaultSession session = Vaults.create(home)) {
      assertThatThrownBy(
              () ->
                  VaultKeeping.changePassphrase(
                      session,
                      "not the one at all".toCharArray(),
                      "a new passphrase".toCharArray()))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_PASSPHRASE));
      VaultKeeping.changePassphrase(session, Vaults.passphrase(), "a new passphrase".toCharArray());
      assertThat(session.isUnlocked()).isTrue();
    }
    VaultSession.unlock(
            VaultPlace.in(home), "a new passphrase".toCharArray(), SessionSettings.defaults())
        .close();
  }
}
