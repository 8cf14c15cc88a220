package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WipeTest {
  @TempDir Path home;

  @Test
  void wipingRemovesTheVaultAndItsSideFiles() throws IOException {
    Path file = home.resolve("vault.db");
    Vault.create(file, Samples.passphrase()).close();
    Path journal = Files.writeString(home.resolve("vault.db-journal"), "left from a crash");

    assertThat(Vault.wipe(file)).isEqualTo(2);
    assertThat(file).doesNotExist();
    assertThat(journal).doesNotExist();
  }

  @Test
  void theBytesAreOverwrittenBeforeDeleting() throws IOException {
    // A hard link keeps the inode reachable after the delete, so we can see what was left on it.
    Path file = home.resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase())) {
      vault.events().add(Samples.chat());
    }
    byte[] before = Files.readAllBytes(file);
    Path link = Files.createLink(home.resolve("link"), file);

    Vault.wipe(file);

    byte[] after = Files.readAllBytes(link);
    assertThat(after).hasSameSizeAs(before);
    assertThat(after).isNotEqualTo(before);
    assertThat(java.util.Arrays.copyOf(after, 16))
        .isNotEqualTo(java.util.Arrays.copyOf(before, 16));
  }
}
