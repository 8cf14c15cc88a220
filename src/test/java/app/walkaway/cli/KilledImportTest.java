package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.vault.Passphrase;
import app.walkaway.vault.Vault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a real child JVM imports a large export and is killed hard part way; the vault still
 * opens, holds none or all of that import, and the next import completes.
 */
class KilledImportTest {
  private static final int EVENTS = 200_000;
  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aKilledImportLeavesNoneOrAllOfItAndTheNextOneCompletes() throws Exception {
    VaultCli cli = VaultCli.in(dir);
    cli.init();
    assertThat(cli.run("log", "note", "--at", "2026-01-01 09:00", "--text", "before").exitCode())
        .isZero();
    Path big = BigExport.write(dir.resolve("big.json"), EVENTS);
    Path journal = cli.home().resolve("vault.db-journal");

    Process child = startImport(cli, big);
    boolean journalSeen = waitForSteady(journal, child);
    child.destroyForcibly().waitFor();

    assertThat(journalSeen).as("the child started writing").isTrue();
    // A rollback journal left behind ("hot") proves the kill came before the commit.
    assertThat(journal).as("killed mid-transaction").exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal)))
        .as("SQLite gives the journal the vault's own 0600")
        .isEqualTo("rw-------");
    try (Vault vault = Vault.open(cli.vault(), Passphrase.of(VaultCli.PASSPHRASE))) {
      assertThat(vault.events().count()).as("none of the killed import").isEqualTo(1L);
    }
    CliRun again = cli.run("import", big.toString(), "--json");
    assertThat(again.exitCode()).as(again.err()).isZero();
    try (Vault vault = Vault.open(cli.vault(), Passphrase.of(VaultCli.PASSPHRASE))) {
      assertThat(vault.events().count()).isEqualTo(1L + EVENTS);
    }
    assertThat(journal).doesNotExist();
  }

  private static Process startImport(VaultCli cli, Path big) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "app.walkaway.Main",
                "import",
                big.toString(),
                "--home",
                cli.home().toString()));
    builder.environment().put("WALKAWAY_PASSPHRASE", VaultCli.PASSPHRASE);
    builder
        .redirectErrorStream(true)
        .redirectOutput(cli.home().resolveSibling("child.log").toFile());
    return builder.start();
  }

  /**
   * Waits until the rollback journal has existed for 150 ms in a row: then the import's one long
   * write transaction is under way (storing 200,000 events takes seconds), not some brief write.
   */
  private static boolean waitForSteady(Path journal, Process child) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    Instant since = null;
    while (Instant.now().isBefore(deadline) && child.isAlive()) {
      if (!Files.exists(journal)) {
        since = null;
      } else if (since == null) {
        since = Instant.now();
      } else if (Duration.between(since, Instant.now()).toMillis() >= 150) {
        return true;
      }
      Thread.sleep(5);
    }
    return false;
  }
}
