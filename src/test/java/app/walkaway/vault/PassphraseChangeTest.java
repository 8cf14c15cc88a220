package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseChangeTest {
  private static final String NEW = "a quieter morning by the sea";
  @TempDir Path home;

  @Test
  void afterRekeyingTheOldPassphraseFailsAndTheNewOneOpensEverything() throws Exception {
    Path file = home.resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.many(2000, "history.txt"));
      vault.plan().put("plan.start", "2026-03-01");
      vault.changePassphrase(Passphrase.of(NEW));
    }

    assertThatThrownBy(() -> Vault.open(file, Samples.passphrase()))
        .isInstanceOf(WrongPassphraseException.class)
        .hasMessageContaining("wrong passphrase");
    try (Vault vault = Vault.open(file, Passphrase.of(NEW))) {
      assertThat(vault.events().all()).isEqualTo(Samples.many(2000, "history.txt"));
      assertThat(vault.plan().find("plan.start")).contains("2026-03-01");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aNewPassphraseWithAQuoteWorks() {
    Path file = home.resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.changePassphrase(Passphrase.of("it's 'quoted' now"));
    }

    try (Vault vault = Vault.open(file, Passphrase.of("it's 'quoted' now"))) {
      assertThat(vault.events().count()).isZero();
    }
  }
}
