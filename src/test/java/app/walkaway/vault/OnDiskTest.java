package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What someone who copies the file, but not her passphrase, can learn from it: nothing. */
class OnDiskTest {
  @TempDir Path home;

  @Test
  void theFileRevealsNoHeaderNamesOrWords() throws IOException {
    Path file = home.resolve("data").resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.chat());
      vault
          .journal()
          .add(new JournalEntry(LocalDateTime.parse("2026-03-03T22:00"), "Bramblewick day"));
      vault.plan().put("plan.start", "quietharbour");
    }
    String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);

    assertThat(raw)
        .doesNotContain("SQLite format 3")
        .doesNotContain("ferry")
        .doesNotContain("windy")
        .doesNotContain("chat.txt")
        .doesNotContain("Bramblewick")
        .doesNotContain("quietharbour")
        .doesNotContain("MESSAGE")
        .doesNotContain("CREATE TABLE");
  }

  @Test
  void theFolderAndFileArePrivateToHer() throws IOException {
    Path folder = home.resolve("walkaway-home");
    Path file = folder.resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.chat());
    }

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    // DELETE journal mode: no side file is left once nothing is being written; the lock file
    // (VaultLock) stays, empty and private.
    Path lock = VaultLock.pathOf(file);
    assertThat(Files.list(folder)).containsExactlyInAnyOrder(file, lock);
    assertThat(lock).isEmptyFile();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock)))
        .isEqualTo("rw-------");
  }
}
