package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong passphrase and a damaged file both make SQLCipher say "not a database"; we tell them
 * apart.
 */
class UnlockTest {
  @TempDir Path home;
  private Path file;

  @BeforeEach
  void aVaultWithSomeHistory() {
    file = home.resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.many(3000, "history.txt"));
    }
  }

  @Test
  void aWrongPassphraseIsRefusedAsSuch() {
    assertThatThrownBy(() -> Vault.open(file, Passphrase.of("lanterns over the harbor")))
        .isInstanceOf(WrongPassphraseException.class)
        .hasMessageContaining("wrong passphrase");
  }

  @Test
  void withoutAJournalAWrongPassphraseChangesNoByteAndLeavesNoSideFile() throws IOException {
    // Here SQLite's own first read is the check (the native KDF, a fifth of ours): it fails on
    // page 1 and writes nothing. Only the lock file (VaultLock) is new.
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> Vault.open(file, Passphrase.of("lanterns over the harbor")))
        .isInstanceOf(WrongPassphraseException.class);

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (var names = Files.list(home)) {
      assertThat(names.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("vault.db", "vault.db-lock");
    }
  }

  @Test
  void aPassphraseWithQuotesAndAccentsWorks() {
    Path other = home.resolve("other.db");
    Vault.create(other, Passphrase.of("it's \"Zoë's\" key; -- ok")).close();

    try (Vault vault = Vault.open(other, Passphrase.of("it's \"Zoë's\" key; -- ok"))) {
      assertThat(vault.events().count()).isZero();
    }
    assertThatThrownBy(() -> Vault.open(other, Passphrase.of("it's \"Zoe's\" key; -- ok")))
        .isInstanceOf(WrongPassphraseException.class);
  }

  @Test
  void aDamagedPageIsReportedAsDamageNotAsAWrongPassphrase() throws IOException {
    flipBytes(1, 100); // inside page 1, which SQLCipher must read to open at all

    assertThatThrownBy(() -> Vault.open(file, Samples.passphrase()))
        .isInstanceOf(DamagedVaultException.class)
        .hasMessageContaining("damaged")
        .hasMessageContaining("first page 1")
        .hasMessageNotContaining("wrong passphrase");
  }

  @Test
  void aDamagedPageFurtherInIsReportedWhenItIsRead() throws IOException {
    long pages = Files.size(file) / PageCheck.PAGE_SIZE;
    // Pages in the second half, where the event table's rows lie whichever tables the migrations
    // made before it (V4 and V5 moved its middle into an index that all() never reads).
    for (long page = pages / 2; page < pages; page++) {
      flipBytes(page, 2000);
    }

    assertThatThrownBy(
            () -> {
              try (Vault vault = Vault.open(file, Samples.passphrase())) {
                vault.events().all();
              }
            })
        .isInstanceOf(DamagedVaultException.class)
        .hasMessageNotContaining("wrong passphrase");
  }

  @Test
  void aZeroedSaltIsDamageNotAWrongPassphrase() throws IOException {
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.write(new byte[PageCheck.SALT]); // an erased first sector reads back as zeros
    }

    assertThatThrownBy(() -> Vault.open(file, Samples.passphrase()))
        .isInstanceOf(DamagedVaultException.class)
        .hasMessageContaining("first bytes")
        .hasMessageNotContaining("wrong passphrase");
  }

  @Test
  void aSaltDamagedIntoOtherRandomBytesCannotBeToldFromATypoAndTheMessageSaysSo()
      throws IOException {
    flipBytes(1, 0); // eight bytes of the salt, still random-looking

    assertThatThrownBy(() -> Vault.open(file, Samples.passphrase()))
        .isInstanceOf(WrongPassphraseException.class)
        .hasMessageContaining("If you are certain it is right")
        .hasMessageContaining("start of the file may be damaged");
  }

  @Test
  void aCutOffFileIsDamaged() throws IOException {
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.setLength(raw.length() - 1000);
    }

    assertThatThrownBy(() -> Vault.open(file, Samples.passphrase()))
        .isInstanceOf(DamagedVaultException.class)
        .hasMessageContaining("cut off");
  }

  @Test
  void anEmptyFileIsDamaged() throws IOException {
    Files.write(file, new byte[0]);

    assertThatThrownBy(() -> Vault.open(file, Samples.passphrase()))
        .isInstanceOf(DamagedVaultException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void anUnencryptedDatabaseIsNotAVault() throws Exception {
    Path plain = home.resolve("plain.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (x)");
    }

    assertThatThrownBy(() -> Vault.open(plain, Samples.passphrase()))
        .isInstanceOf(DamagedVaultException.class)
        .hasMessageContaining("unencrypted");
  }

  @Test
  void aMissingVaultSaysHowToCreateOne() {
    assertThatThrownBy(() -> Vault.open(home.resolve("none.db"), Samples.passphrase()))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("walkaway init");
  }

  @Test
  void creatingRefusesToOverwrite() {
    assertThatThrownBy(() -> Vault.create(file, Samples.passphrase()))
        .hasMessageContaining("already exists");
    try (Vault vault = Vault.open(file, Samples.passphrase())) {
      assertThat(vault.events().count()).isEqualTo(3000);
    }
  }

  @Test
  void aShortNewPassphraseIsRefused() {
    assertThatThrownBy(() -> Vault.create(home.resolve("new.db"), Passphrase.of("short")))
        .hasMessageContaining("at least 8 characters besides spaces");
    assertThat(home.resolve("new.db")).doesNotExist();
  }

  private void flipBytes(long page, int offsetInPage) throws IOException {
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      long at = (page - 1) * PageCheck.PAGE_SIZE + offsetInPage;
      for (int i = 0; i < 8; i++) {
        raw.seek(at + i);
        int b = raw.read();
        raw.seek(at + i);
        raw.write(b ^ 0x5a);
      }
    }
  }
}
