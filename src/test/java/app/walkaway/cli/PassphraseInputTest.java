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
