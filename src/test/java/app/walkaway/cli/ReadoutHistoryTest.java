package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code walkaway readout} compares the 12 weeks before the start with the time since, yet still
 * counts a threat from long before: the vault found it when the chat was imported.
 */
class ReadoutHistoryTest {
  private static final String CHAT =
      """
      10/05/2025, 20:00 - Jonas: You will regret this, watch your back
      10/05/2025, 20:04 - Ines: I am going to bed now
      02/01/2026, 09:00 - Jonas: Morning, are you coming to the market?
      02/01/2026, 09:30 - Ines: Maybe later
      20/02/2026, 18:00 - Jonas: The bakery has those pretzels again
      20/02/2026, 18:10 - Ines: Nice
      10/03/2026, 12:00 - Jonas: Did you get home all right?
      """;

  @TempDir Path dir;

  private VaultCli vaultWithTheChat() throws IOException {
    Path chat = Files.writeString(dir.resolve("chat.txt"), CHAT);
    VaultCli cli = VaultCli.in(dir);
    cli.init();
    assertThat(cli.run("import", chat.toString(), "--me", "Ines").exitCode()).isZero();
    return cli;
  }

  @Test
  void aThreatFromLongBeforeTheBaselineStillMakesItUnsafe() throws IOException {
    VaultCli cli = vaultWithTheChat();

    CliRun run = cli.run("readout", "--start", "2026-03-01", "--now", "2026-04-15T20:00");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Read-out: UNSAFE")
        .contains("watch your back")
        .contains("\"Before\" means the 12 weeks before 2026-03-01 (from 2025-12-07)");
  }

  @Test
  void theHelpSaysWhatBeforeMeans() {
    CliRun run = VaultCli.in(dir).run("readout", "--help");

    assertThat(run.out()).contains("\"Before\" is the 12 weeks before the start day");
  }
}
