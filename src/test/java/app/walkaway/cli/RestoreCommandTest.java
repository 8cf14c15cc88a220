package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "Also": {@code walkaway restore FILE} brings back a backup through the service. An
 * export after the restore equals the one taken when the backup was made; a wrong passphrase, a
 * missing confirmation or a missing file leave the vault exactly as it was.
 */
class RestoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private VaultCli cli;
  private Path backup;
  private JsonNode whenBackedUp;

  @BeforeEach
  void aBackupThenMoreWords() throws IOException {
    cli = VaultCli.in(dir);
    cli.init();
    succeeds(cli.run("import", BigExport.write(dir.resolve("history.json"), 300).toString()));
    succeeds(cli.run("log", "gift", "--at", "2026-03-07 12:00", "--text", "Flowers at the door"));
    whenBackedUp = export(cli);
    backup = dir.resolve("stick").resolve("backup.db");
    Files.createDirectories(backup.getParent());
    succeeds(cli.run("backup", "--out", backup.toString()));
    succeeds(cli.run("log", "call", "--at", "2026-03-09 21:00", "--text", "After the backup"));
    assertThat(export(cli)).isNotEqualTo(whenBackedUp);
  }

  @Test
  void theBackupComesBackAsItWasWhenItWasMade() throws IOException {
    CliRun run = cli.run("restore", backup.toString(), "--confirm", "restore");

    succeeds(run);
    assertThat(run.out()).contains("Restored").contains("301 events");
    assertThat(export(cli)).isEqualTo(whenBackedUp);
    assertThat(sideFiles()).as("the set-aside vault is gone once the backup is in place").isEmpty();
  }

  @Test
  void aNewComputerWithNoVaultYetGetsTheBackupWithoutBeingAsked() throws IOException {
    VaultCli fresh = new VaultCli(dir.resolve("new-computer"), cli.passphraseFile());

    succeeds(fresh.run("restore", backup.toString()));

    assertThat(export(fresh)).isEqualTo(whenBackedUp);
  }

  @Test
  void aWrongPassphraseChangesNothing() throws IOException {
    JsonNode before = export(cli);
    Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not the passphrase at all\n");

    CliRun run =
        CliRun.of(
            "restore",
            backup.toString(),
            "--confirm",
            "restore",
            "--home",
            cli.home().toString(),
            "--passphrase-file",
            wrong.toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err())
        .contains("that passphrase does not open this backup; your vault was left as it was")
        .doesNotContain("Exception");
    assertThat(export(cli)).isEqualTo(before);
  }

  @Test
  void withoutTheWordNothingIsReplaced() throws IOException {
    JsonNode before = export(cli);

    CliRun run = cli.run("restore", backup.toString(), "--confirm", "yes");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("not restored").contains("Your vault is untouched");
    assertThat(export(cli)).isEqualTo(before);
  }

  @Test
  void aMissingBackupIsNamed() {
    CliRun run = cli.run("restore", dir.resolve("nowhere.db").toString(), "--confirm", "restore");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("nowhere.db: there is no backup file here");
  }

  private static void succeeds(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** Her whole vault as the export shows it, without the moment of the export. */
  private static JsonNode export(VaultCli cli) throws IOException {
    CliRun run = cli.run("export", "--json");
    succeeds(run);
    ObjectNode all = (ObjectNode) JSON.readTree(run.out());
    all.remove("exported");
    return all;
  }

  private java.util.List<String> sideFiles() throws IOException {
    try (Stream<Path> files = Files.list(cli.home())) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(name -> name.contains("restore") || name.contains("partial"))
          .toList();
    }
  }
}
