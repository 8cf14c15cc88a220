package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's class-data training run: it must succeed on the bundled example, or say not. */
class TrainingTest {
  private static final Path EXAMPLE = Path.of("examples/whatsapp-maya-and-sam.txt");

  @Test
  void everyStepSucceedsOnTheBundledExample(@TempDir Path home) throws IOException {
    assertThat(Training.train(EXAMPLE, home)).isTrue();
    try (Stream<Path> files = Files.list(home)) {
      assertThat(files.map(path -> path.getFileName().toString())).contains("passphrase");
    }
    // The vault really was made and filled: today reads it back with the training passphrase.
    CliRun today =
        CliRun.of(
            "today",
            "--now",
            "2025-12-01T00:00",
            "--home",
            home.toString(),
            "--passphrase-file",
            home.resolve("passphrase").toString());
    assertThat(today.exitCode()).as(today.err()).isZero();
    assertThat(today.out()).isNotBlank();
  }

  @Test
  void aMissingExampleIsAFailureNotACrash(@TempDir Path home) throws IOException {
    assertThat(Training.train(home.resolve("no-such-chat.txt"), home)).isFalse();
  }
}
