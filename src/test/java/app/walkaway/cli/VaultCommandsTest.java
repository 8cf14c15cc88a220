package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private VaultCli cli;

  @BeforeEach
  void setUp() {
    cli = VaultCli.in(dir);
  }

  @Test
  void initCreatesThePrivateVaultAndRefusesToOverwriteIt() throws Exception {
    CliRun first = cli.run("init");
    long size = Files.size(cli.vault());

    CliRun second = cli.run("init");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("Your vault is ready").contains(cli.vault().toString());
    assertThat(second.exitCode()).isNotZero();
    assertThat(second.err()).contains("already exists").doesNotContain("Exception");
    assertThat(Files.size(cli.vault())).isEqualTo(size);
  }

  @Test
  void aWrongPassphraseIsRefusedWithANonZeroExit() throws Exception {
    cli.init();
    Path wrong = Files.writeString(dir.resolve("wrong.txt"), "river stones and coffee");

    CliRun run =
        CliRun.of(
            "export",
            "--json",
            "--home",
            cli.home().toString(),
            "--passphrase-file",
            wrong.toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("wrong passphrase").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void loggedEventsAppearInTheExportWithDefaultsPerKind() throws Exception {
    cli.init();
    assertThat(
            cli.run("log", "visit", "--at", "2026-03-04 19:30", "--text", "Waited by the gate")
                .exitCode())
        .isZero();
    CliRun urge = cli.run("log", "urge", "--at", "2026-03-05T23:10", "--text", "Do you miss me?");
    assertThat(urge.out()).contains("Logged: urge (you) at 2026-03-05 23:10");

    JsonNode export = JSON.readTree(cli.run("export", "--json").out());

    assertThat(export.get("format").asText()).isEqualTo("walkaway-export");
    assertThat(export.get("version").asInt()).isEqualTo(1);
    JsonNode visit = export.get("events").get(0);
    assertThat(visit.get("kind").asText()).isEqualTo("visit");
    assertThat(visit.get("who").asText()).isEqualTo("them");
    assertThat(visit.get("channel").asText()).isEqualTo("in-person");
    assertThat(visit.get("at").asText()).isEqualTo("2026-03-04T19:30");
    assertThat(visit.get("source").get("file").asText()).isEqualTo("logged by hand");
    assertThat(export.get("events").get(1).get("who").asText()).isEqualTo("me");
    assertThat(export.has("plan")).isTrue();
    assertThat(export.get("journal").isArray()).isTrue();
    assertThat(export.get("evidence").isArray()).isTrue();
  }

  @Test
  void aSlipCannotBeHis() {
    cli.init();

    CliRun run = cli.run("log", "slip", "--who", "them");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("always yours");
  }

  @Test
  void anUnknownKindListsTheKnownOnes() {
    cli.init();

    CliRun run = cli.run("log", "wave");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("unknown KIND 'wave'").contains("missed-call");
  }

  @Test
  void anExportImportsBackIntoANewVaultAndOnlyOnce() throws Exception {
    cli.init();
    cli.run("log", "missed-call", "--at", "2026-03-06 02:14");
    cli.run("log", "note", "--at", "2026-03-06 08:00", "--text", "Slept badly, still proud");
    Path exported = dir.resolve("export.json");
    assertThat(cli.run("export", "--json", "--out", exported.toString()).exitCode()).isZero();
    VaultCli other = VaultCli.in(Files.createDirectory(dir.resolve("other")));
    other.init();

    CliRun first = other.run("import", exported.toString(), "--json");
    CliRun again = other.run("import", exported.toString(), "--json");

    assertThat(JSON.readTree(first.out()).get("added").asInt()).isEqualTo(2);
    assertThat(JSON.readTree(first.out()).get("files").get(0).get("restored").get("plan").asInt())
        .isZero();
    assertThat(other.run("import", exported.toString()).out())
        .contains("0 added, 2 already present")
        .contains("0 journal entries");
    assertThat(JSON.readTree(again.out()).get("added").asInt()).isZero();
    assertThat(JSON.readTree(again.out()).get("duplicates").asInt()).isEqualTo(2);
    JsonNode before = JSON.readTree(exported.toFile()).get("events");
    JsonNode after = JSON.readTree(other.run("export", "--json").out()).get("events");
    assertThat(after).isEqualTo(before);
  }

  @Test
  void backupWritesACopyThatOpensWithTheSamePassphrase() throws Exception {
    cli.init();
    cli.run("log", "gift", "--at", "2026-03-07 12:00", "--text", "Flowers at the door");
    Path copy = dir.resolve("backup.db");

    CliRun run = cli.run("backup", "--out", copy.toString());

    assertThat(run.exitCode()).isZero();
    Path restoredHome = Files.createDirectory(dir.resolve("restored"));
    Files.copy(copy, restoredHome.resolve("vault.db"));
    CliRun export =
        CliRun.of(
            "export",
            "--json",
            "--home",
            restoredHome.toString(),
            "--passphrase-file",
            cli.passphraseFile().toString());
    assertThat(export.out()).contains("Flowers at the door");
  }

  @Test
  void passphraseChangeMakesTheOldOneFail() throws Exception {
    cli.init();
    Path newFile = Files.writeString(dir.resolve("new.txt"), "a different kettle entirely");

    CliRun change = cli.run("passphrase", "--new-passphrase-file", newFile.toString());

    assertThat(change.exitCode()).isZero();
    assertThat(cli.run("export", "--json").err()).contains("wrong passphrase");
    CliRun withNew =
        CliRun.of(
            "export",
            "--json",
            "--home",
            cli.home().toString(),
            "--passphrase-file",
            newFile.toString());
    assertThat(withNew.exitCode()).isZero();
  }

  @Test
  void wipeNeedsTheWordAndThenErasesTheVault() {
    cli.init();

    CliRun refused = CliRun.of("wipe", "--confirm", "yes", "--home", cli.home().toString());
    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.err()).contains("not wiped");
    assertThat(cli.vault()).exists();

    CliRun wiped = CliRun.of("wipe", "--confirm", "wipe", "--home", cli.home().toString());
    assertThat(wiped.exitCode()).isZero();
    assertThat(wiped.out()).contains("Wiped");
    assertThat(cli.vault()).doesNotExist();
  }

  @Test
  void commandsWithoutAVaultSayHowToMakeOne() {
    CliRun run = cli.run("log", "note", "--text", "hello");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("walkaway init").doesNotContain("Exception");
  }
}
