package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** analyze over the vault gives the figures analyze gives over the files that were imported. */
class VaultAnalyzeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLE = Path.of("examples/whatsapp-maya-and-sam.txt");
  @TempDir Path dir;

  @Test
  void theVaultGivesTheSameFiguresAsTheFiles() throws Exception {
    VaultCli cli = VaultCli.in(dir);
    cli.init();
    assertThat(cli.run("import", EXAMPLE.toString(), "--me", "Maya").exitCode()).isZero();
    cli.run("log", "note", "--at", "2026-02-20 21:00", "--text", "A note is not contact");

    JsonNode fromFile =
        JSON.readTree(
            CliRun.of(
                    "analyze",
                    EXAMPLE.toString(),
                    "--me",
                    "Maya",
                    "--start",
                    "2026-02-01",
                    "--now",
                    "2026-04-20T12:00",
                    "--json")
                .out());
    CliRun vaultRun =
        cli.run("analyze", "--start", "2026-02-01", "--now", "2026-04-20T12:00", "--json");
    JsonNode fromVault = JSON.readTree(vaultRun.out());

    assertThat(fromFile.get("periods").get("before").get("conversations").asInt()).isPositive();
    assertThat(fromVault.get("periods")).isEqualTo(fromFile.get("periods"));
    assertThat(fromVault.get("first")).isEqualTo(fromFile.get("first"));
  }

  @Test
  void theVaultReadOutIsPlainText() {
    VaultCli cli = VaultCli.in(dir);
    cli.init();
    cli.run("import", EXAMPLE.toString(), "--me", "Maya");

    CliRun run = cli.run("analyze", "--start", "2026-02-01", "--now", "2026-04-20T12:00");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Your vault: ")
        .contains("Before 2026-02-01")
        .contains("Since 2026-02-01");
  }

  @Test
  void anEmptyVaultSaysWhatToDo() {
    VaultCli cli = VaultCli.in(dir);
    cli.init();

    CliRun run = cli.run("analyze");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("walkaway import").doesNotContain("Exception");
  }
}
