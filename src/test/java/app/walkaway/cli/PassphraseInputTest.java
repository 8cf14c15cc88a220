package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseInputTest {
  @TempDir Path dir;

  @Test
  void oneTrailingLineBreakIsNotPartOfThePassphrase() throws Exception {
    Path unix = Files.writeString(dir.resolve("unix.txt"), "  spaced out  \n");
    Path windows = Files.writeString(dir.resolve("windows.txt"), "  spaced out  \r\n");

    assertThat(PassphraseInput.readFile(unix).sameAs(Secret.of("  spaced out  "))).isTrue();
    assertThat(PassphraseInput.readFile(windows).sameAs(Secret.of("  spaced out  "))).isTrue();
  }

  @Test
  void anEmptyOrMissingFileIsAPlainError() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");

    assertThatThrownBy(() -> PassphraseInput.readFile(empty)).hasMessageContaining("empty");
    assertThatThrownBy(() -> PassphraseInput.readFile(dir.resolve("none.txt")))
        .hasMessageContaining("none.txt")
        .hasMessageContaining("cannot read");
  }

  /** {@code --passphrase-file /dev/zero} once read 5 GB; now 1 kB and a plain refusal. */
  @Test
  void anEndlessOrHugeFileIsRefusedAfterAKilobyte() throws Exception {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
    Path big =
        Files.writeString(dir.resolve("big.txt"), "x".repeat(PassphraseInput.MAX_FILE_BYTES + 1));
    Path most =
        Files.writeString(dir.resolve("most.txt"), "y".repeat(PassphraseInput.MAX_FILE_BYTES));

    assertThatThrownBy(() -> PassphraseInput.readFile(zero))
        .hasMessage(
            "/dev/zero: the passphrase file holds more than 1 kB, and a passphrase file holds only"
                + " the passphrase; is this the right file?");
    assertThatThrownBy(() -> PassphraseInput.readFile(big)).hasMessageContaining("more than 1 kB");
    assertThat(PassphraseInput.readFile(most).sameAs(Secret.of("y".repeat(1024)))).isTrue();
  }

  /** A pipe is a fine passphrase file: {@code --passphrase-file <(pass show walkaway)}. */
  @Test
  void aPipeWithAWriterIsRead() throws Exception {
    Path fifo = dir.resolve("pipe");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, "from a pipe\n");
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();

    assertThat(PassphraseInput.readFile(fifo).sameAs(Secret.of("from a pipe"))).isTrue();
    writer.join(10_000);
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNotGuessed() throws Exception {
    Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});

    assertThatThrownBy(() -> PassphraseInput.readFile(latin1)).hasMessageContaining("not UTF-8");
  }

  @Test
  void withoutATerminalOrScriptInputItSaysWhatToDo() {
    // Tests run without a console; no WALKAWAY_PASSPHRASE is set for the test JVM.
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(PassphraseInput.ENV) == null);
    org.junit.jupiter.api.Assumptions.assumeTrue(System.console() == null);

    assertThatThrownBy(() -> PassphraseInput.existing(java.util.Optional.empty()))
        .hasMessageContaining("--passphrase-file")
        .hasMessageContaining("WALKAWAY_PASSPHRASE");
  }

  @Test
  void thePassphraseNeverShowsInText() {
    assertThat(Secret.of("secret tulips").toString()).doesNotContain("tulips");
  }
}
