package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 6: folder modes at init, and links where the vault's files belong. */
class FilesAndLinksTest {
  @TempDir Path dir;

  @Test
  void creatingAVaultInAnExistingFolderLeavesTheFoldersModeAlone() throws IOException {
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));

    Vault.create(shared.resolve("vault.db"), Samples.passphrase()).close();

    assertThat(mode(shared)).isEqualTo("rwxr-x---");
    assertThat(mode(shared.resolve("vault.db"))).isEqualTo("rw-------");
  }

  @Test
  void foldersItCreatesArePrivate() throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path home = dir.resolve("a").resolve("b");

    Vault.create(home.resolve("vault.db"), Samples.passphrase()).close();

    assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
    assertThat(mode(dir.resolve("a"))).isEqualTo("rwx------");
    assertThat(mode(home)).isEqualTo("rwx------");
  }

  @Test
  void wipingRemovesALinkInASideFilesPlaceWithoutTouchingWhatItPointsTo() throws IOException {
    Path file = dir.resolve("vault.db");
    Vault.create(file, Samples.passphrase()).close();
    Path precious = Files.writeString(dir.resolve("precious.txt"), "her thesis");
    Files.createSymbolicLink(dir.resolve("vault.db-journal"), precious);

    assertThat(Vault.wipe(file)).isEqualTo(1);

    assertThat(file).doesNotExist();
    assertThat(dir.resolve("vault.db-journal")).doesNotExist();
    assertThat(precious).hasContent("her thesis");
  }

  @Test
  void aVaultFileThatIsALinkIsNotWipedThroughIt() throws IOException {
    Path real = dir.resolve("elsewhere.db");
    Vault.create(real, Samples.passphrase()).close();
    byte[] before = Files.readAllBytes(real);
    Path link = Files.createSymbolicLink(dir.resolve("vault.db"), real);

    assertThatThrownBy(() -> Vault.wipe(link))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("is a link")
        .hasMessageContaining("nothing was wiped");

    assertThat(Files.readAllBytes(real)).isEqualTo(before);
  }

  @Test
  void makingSideFilesPrivateNeverChangesWhatALinkPointsTo() throws IOException {
    Path file = dir.resolve("vault.db");
    Vault.create(file, Samples.passphrase()).close();
    Path other = Files.writeString(dir.resolve("other.txt"), "not hers to lock");
    Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));
    Files.createSymbolicLink(dir.resolve("vault.db-wal"), other);

    VaultFiles.restrict(file);

    assertThat(mode(other)).isEqualTo("rw-r--r--");
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
