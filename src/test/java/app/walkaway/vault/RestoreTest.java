package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bringing a backup back (issue 15, Also): checked before the vault is touched, the current vault
 * kept aside until the backup is in place, and an export afterwards equal to one taken when the
 * backup was made.
 */
class RestoreTest {
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-06-01T12:00:00");
  @TempDir Path dir;
  private Path home;
  private Path file;
  private Path backup;
  private byte[] exportWhenBackedUp;

  @BeforeEach
  void aVaultABackupAndLaterChanges() throws IOException {
    home = Files.createDirectories(dir.resolve("home"));
    file = home.resolve("vault.db");
    backup = dir.resolve("usb-stick").resolve("walkaway-2026-05.db");
    Files.createDirectories(backup.getParent());
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.many(2_000, "history.txt"));
      vault.plan().put("plan.start", "2026-03-01");
      vault.journal().add(new JournalEntry(NOW.minusDays(2), "a quiet evening"));
      exportWhenBackedUp = export(vault);
      vault.backupTo(backup);
      vault.events().add(Samples.many(500, "later.txt", "after the backup"));
    }
  }

  @Test
  void theBackupComesBackWholeAndTheSetAsideVaultIsWipedAfterwards() throws IOException {
    byte[] backupBytes = Files.readAllBytes(backup);

    assertThat(Vault.restore(backup, file, Samples.passphrase())).isEqualTo(2_000);

    try (Vault vault = Vault.open(file, Samples.passphrase())) {
      assertThat(export(vault)).isEqualTo(exportWhenBackedUp);
    }
    assertThat(Files.readAllBytes(backup)).as("the backup is only read").isEqualTo(backupBytes);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(namesIn(home)).containsExactlyInAnyOrder("vault.db", "vault.db-lock");
  }

  @Test
  void aWrongPassphraseLeavesTheVaultAsItWas() throws IOException {
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> Vault.restore(backup, file, Passphrase.of("not the one at all")))
        .isInstanceOf(WrongPassphraseException.class)
        .hasMessageContaining("does not open this backup")
        .hasMessageContaining("your vault was left as it was");

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(namesIn(home)).containsExactlyInAnyOrder("vault.db", "vault.db-lock");
  }

  @Test
  void aDamagedBackupLeavesTheVaultAsItWas() throws IOException {
    byte[] before = Files.readAllBytes(file);
    try (RandomAccessFile raw = new RandomAccessFile(backup.toFile(), "rw")) {
      raw.seek(100);
      raw.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }

    assertThatThrownBy(() -> Vault.restore(backup, file, Samples.passphrase()))
        .isInstanceOf(DamagedVaultException.class)
        .hasMessageContaining("this backup is damaged");

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(namesIn(home)).containsExactlyInAnyOrder("vault.db", "vault.db-lock");
  }

  @Test
  void nothingHappensWhileAnotherWalkawayHasTheVaultOpen() {
    try (Vault open = Vault.open(file, Samples.passphrase())) {
      assertThatThrownBy(() -> Vault.restore(backup, file, Samples.passphrase()))
          .isInstanceOf(VaultBusyException.class);
      assertThat(open.events().count()).isEqualTo(2_500);
    }
  }

  @Test
  void onAComputerWithoutAVaultTheBackupBecomesIt() throws IOException {
    Path fresh = dir.resolve("new-computer").resolve(".walkaway").resolve("vault.db");

    Vault.restore(backup, fresh, Samples.passphrase());

    try (Vault vault = Vault.open(fresh, Samples.passphrase())) {
      assertThat(export(vault)).isEqualTo(exportWhenBackedUp);
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void aVaultSetAsideByAnEarlierRestoreIsNeverOverwritten() throws IOException {
    Path aside = Files.writeString(Restore.aside(file), "an earlier vault");
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> Vault.restore(backup, file, Samples.passphrase()))
        .hasMessageContaining("set aside by an earlier restore")
        .hasMessageContaining("Nothing was changed");

    assertThat(aside).hasContent("an earlier vault");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aBackupFromAnOlderWalkawayIsUpdatedInItsCopyNotInItself() throws IOException {
    Path old = dir.resolve("v1.db");
    Files.copy(Path.of("src/test/resources/vault/v1.db"), old);
    byte[] oldBytes = Files.readAllBytes(old);

    Vault.restore(old, file, Passphrase.of(FixtureVaults.PASSPHRASE));

    try (Vault vault = Vault.open(file, Passphrase.of(FixtureVaults.PASSPHRASE))) {
      assertThat(vault.events().all()).isEqualTo(Samples.chat());
    }
    assertThat(Files.readAllBytes(old)).isEqualTo(oldBytes);
  }

  private static byte[] export(Vault vault) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportFile.write(vault, out, NOW);
    return out.toByteArray();
  }

  private static List<String> namesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
