package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
  @TempDir Path home;

  @Test
  void theCopyIsEncryptedPrivateAndOpensWithTheSamePassphrase() throws Exception {
    Path file = home.resolve("vault.db");
    Path copy = home.resolve("copy of vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.chat());
      vault.backupTo(copy);
    }

    String raw = new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1);
    assertThat(raw).doesNotContain("SQLite format 3").doesNotContain("ferry");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)))
        .isEqualTo("rw-------");
    try (Vault restored = Vault.open(copy, Samples.passphrase())) {
      assertThat(restored.events().all()).isEqualTo(Samples.chat());
    }
    assertThatThrownBy(() -> Vault.open(copy, Passphrase.of("not the passphrase")))
        .isInstanceOf(WrongPassphraseException.class);
  }

  @Test
  void aCopyTakenWhileAnotherThreadIsImportingHoldsAllOrNoneOfIt() throws Exception {
    // One vault per program (VaultLock), shared by threads that take turns (Transactions).
    Path file = home.resolve("vault.db");
    Path copy = home.resolve("copy.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.many(100, "first.txt"));
      Thread importing = new Thread(() -> vault.events().add(Samples.many(20_000, "big.txt")));
      importing.start();
      vault.backupTo(copy);
      importing.join();
    }

    try (Vault restored = Vault.open(copy, Samples.passphrase())) {
      assertThat(restored.events().count()).isIn(100L, 20_000L);
    }
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws Exception {
    Path file = home.resolve("vault.db");
    Path taken = Files.writeString(home.resolve("taken.db"), "keep me");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      assertThatThrownBy(() -> vault.backupTo(taken)).hasMessageContaining("already exists");
    }
    assertThat(taken).hasContent("keep me");
  }
}
