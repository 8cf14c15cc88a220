package app.walkaway.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed demo's folder is deleted at the next start; a running demo's folder never is. */
class DemoFoldersTest {
  @TempDir Path temp;

  @Test
  void aFolderWhoseProcessIsGoneIsDeleted() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path left = folder("walkaway-demo-1", DemoFolders.owner(gone.toHandle()));

    assertThat(DemoFolders.sweep(temp, Instant.now())).isEqualTo(1);
    assertThat(left).doesNotExist();
  }

  @Test
  void aFolderOfARunningDemoIsKept() throws Exception {
    Path mine = DemoFolders.create(temp);
    Path other = folder("walkaway-demo-2", DemoFolders.owner(ProcessHandle.current()));

    assertThat(DemoFolders.sweep(temp, Instant.now())).isZero();
    assertThat(mine).isDirectory();
    assertThat(other.resolve("vault.db")).exists();
  }

  @Test
  void aReusedProcessNumberDoesNotKeepAFolderAlive() throws Exception {
    long pid = ProcessHandle.current().pid();
    Path left = folder("walkaway-demo-3", pid + " 2001-01-01T00:00:00Z");

    assertThat(DemoFolders.sweep(temp, Instant.now())).isEqualTo(1);
    assertThat(left).doesNotExist();
  }

  @Test
  void aFolderWithoutItsNoteIsLeftAMinuteForItsMakerToFinish() throws Exception {
    Path young = Files.createDirectory(temp.resolve("walkaway-demo-4"));
    Path old = Files.createDirectory(temp.resolve("walkaway-demo-5"));
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));

    assertThat(DemoFolders.sweep(temp, Instant.now())).isEqualTo(1);
    assertThat(young).isDirectory();
    assertThat(old).doesNotExist();
  }

  @Test
  void otherFoldersInTheTemporaryFolderAreNeverTouched() throws Exception {
    Path unrelated = Files.createDirectory(temp.resolve("walkaway-home"));
    Files.writeString(unrelated.resolve(DemoFolders.OWNER), "1 -");
    Files.setLastModifiedTime(unrelated, FileTime.from(Instant.EPOCH));

    DemoFolders.sweep(temp, Instant.now());

    assertThat(unrelated).isDirectory();
  }

  private Path folder(String name, String owner) throws Exception {
    Path folder = Files.createDirectory(temp.resolve(name));
    Files.writeString(folder.resolve(DemoFolders.OWNER), owner);
    Files.writeString(folder.resolve("vault.db"), "invented");
    return folder;
  }
}
