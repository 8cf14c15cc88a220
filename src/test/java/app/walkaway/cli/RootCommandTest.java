package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootCommandTest {

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: walkaway").contains("help");
  }

  @Test
  void versionNamesTheProduct() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("walkaway ").doesNotContain("${");
  }

  @Test
  void anUnknownCommandIsAPlainError() {
    CliRun run = CliRun.of("frobnicate");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("frobnicate").doesNotContain("Exception");
  }
}
