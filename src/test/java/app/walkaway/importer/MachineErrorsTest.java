package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory or stack while reading a file is told as a plain refusal of that file, not
 * as the Java machine's error.
 */
class MachineErrorsTest {
  @TempDir Path dir;

  @Test
  void runningOutOfMemoryWhileReadingNamesTheFile() throws IOException {
    Path file = chat();

    assertThatThrownBy(
            () ->
                Importers.read(
                    file,
                    ImportOptions.defaults(),
                    e -> {
                      throw new OutOfMemoryError("Java heap space");
                    }))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("chat.txt: Walkaway ran out of memory while reading it (it may use")
        .hasMessageEndingWith(
            ", so it was not read; the file may be damaged, or too big for the memory Walkaway has"
                + " here.");
  }

  @Test
  void aStackTooDeepWhileReadingNamesTheFile() throws IOException {
    Path file = chat();

    assertThatThrownBy(
            () ->
                Importers.read(
                    file,
                    ImportOptions.defaults(),
                    e -> {
                      throw new StackOverflowError();
                    }))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "chat.txt: its structure is nested too deeply to read, as no real export is (a"
                + " damaged or unsafe file), so it was not read");
  }

  private Path chat() throws IOException {
    Path file = dir.resolve("chat.txt");
    Files.writeString(file, "1/2/24, 10:00 - Ann: hi\n1/2/24, 10:01 - Bo: hello\n");
    return file;
  }
}
