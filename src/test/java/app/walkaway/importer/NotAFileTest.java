package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipe, a device or a folder given as an export is told for what it is, never "no such file", and
 * a pipe is never opened (reading one nobody writes to would wait forever).
 */
class NotAFileTest {
  @TempDir Path dir;

  @Test
  void aPipeIsNotAFileAndIsNeverWaitedOn() throws Exception {
    Path fifo = dir.resolve("chat.txt");
    Process made = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(made.waitFor()).as("mkfifo is available").isZero();

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> Importers.read(fifo, ImportOptions.defaults()))
                .isInstanceOf(ImportException.class)
                .hasMessage(
                    fifo
                        + ": is not a regular file but a pipe, so it was not read; give the export"
                        + " file itself"));
  }

  @Test
  void aDeviceIsNotAFile() {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).isTrue();

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> Importers.read(zero, ImportOptions.defaults()))
                .hasMessage(
                    "/dev/zero: is not a regular file but a device, so it was not read; give the"
                        + " export file itself"));
  }

  @Test
  void aFolderWithoutAnExportSaysItIsAFolder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("Downloads"));
    Files.writeString(folder.resolve("notes.md"), "hello");

    assertThatThrownBy(() -> Importers.read(folder, ImportOptions.defaults()))
        .hasMessageStartingWith(
            folder + ": is a folder, and none of its files is a chat export Walkaway can read;");
  }

  @Test
  void onlyAPathThatIsNotThereIsNoSuchFile() {
    Path missing = dir.resolve("missing.txt");

    assertThatThrownBy(() -> Importers.read(missing, ImportOptions.defaults()))
        .hasMessage(missing + ": no such file");
  }
}
