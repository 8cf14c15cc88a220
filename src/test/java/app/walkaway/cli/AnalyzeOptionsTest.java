package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzeOptionsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--start | 2026-13-01       | cannot read '2026-13-01' as a date (expected year-month-day, e.g. 2026-03-01)",
        "--start | 1 March          | cannot read '1 March' as a date",
        "--now   | 2026-04-15       | add a time of day, e.g. 2026-04-15T20:00",
        "--now   | yesterday        | cannot read 'yesterday' as a date and time (expected e.g. 2026-04-15T20:00)",
        "--gap   | six              | six",
      })
  void unreadableValuesSayWhatWasExpected(String option, String value, String message) {
    CliRun run = CliRun.of("analyze", "chat.txt", "--me", "Maya", option, value);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(option).contains(message).doesNotContain("Exception");
  }

  @ParameterizedTest(name = "--gap {0}")
  @CsvSource({"0", "-3", "721"})
  void aGapOutsideItsRangeIsRefused(String gap) {
    CliRun run = CliRun.of("analyze", "chat.txt", "--me", "Maya", "--gap", gap);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--gap must be more than 0 and at most 720 hours");
  }

  @Test
  void aStartAfterNowIsRefused() {
    CliRun run =
        CliRun.of(
            "analyze",
            "chat.txt",
            "--me",
            "Maya",
            "--start",
            "2026-05-01",
            "--now",
            "2026-04-15T20:00");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--start 2026-05-01 is after --now 2026-04-15T20:00");
  }

  @Test
  void aMissingFileIsAPlainError() {
    CliRun run = CliRun.of("analyze", dir.resolve("nope.txt").toString(), "--me", "Maya");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nope.txt: no such file").doesNotContain("Exception");
  }

  @Test
  void aFileThatIsNoChatIsAPlainError() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "shopping: eggs, milk\n");

    CliRun run = CliRun.of("analyze", file.toString(), "--me", "Maya");

    assertThat(run.exitCode()).isEqualTo(1);
    // Which importer explains the refusal depends on the formats installed; it must name the file.
    assertThat(run.err())
        .startsWith("walkaway: ")
        .contains("notes.txt")
        .doesNotContain("Exception");
  }

  @Test
  void helpExplainsTheGapAndTheDefinitions() {
    CliRun run = CliRun.of("analyze", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--gap")
        .contains("night's sleep")
        .contains("Double-text: writing again")
        .contains("48 hours");
  }
}
