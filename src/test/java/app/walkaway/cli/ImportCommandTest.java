package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  // An invented WhatsApp (Android) export; "ok" twice in one minute is a genuine repeat.
  private static final List<String> CHAT =
      List.of(
          "12/01/2026, 18:02 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.",
          "12/01/2026, 18:03 - Juniper Hale: Are we still on for the quiz night?",
          "12/01/2026, 18:10 - Ollie Brand: yes, table booked",
          "12/01/2026, 18:11 - Juniper Hale: ok",
          "12/01/2026, 18:11 - Juniper Hale: ok",
          "13/01/2026, 09:30 - Ollie Brand: what was the answer to the lighthouse question",
          "13/01/2026, 11:45 - Juniper Hale: Skerryvore, I think");
  @TempDir Path dir;
  private VaultCli cli;

  @BeforeEach
  void setUp() {
    cli = VaultCli.in(dir);
    cli.init();
  }

  private Path chat(String name, List<String> lines) throws Exception {
    return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
  }

  @Test
  void anExportIsStoredOnceAndCountedPlainly() throws Exception {
    Path file = chat("chat.txt", CHAT);

    CliRun first = cli.run("import", file.toString(), "--me", "juniper hale");
    CliRun again = cli.run("import", file.toString(), "--me", "Juniper Hale", "--json");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("6 added, 0 already present, 1 skipped");
    JsonNode counts = JSON.readTree(again.out());
    assertThat(counts.get("added").asInt()).isZero();
    assertThat(counts.get("duplicates").asInt()).isEqualTo(6);
    assertThat(counts.get("skipped").asInt()).isEqualTo(1);
  }

  @Test
  void anOverlappingLaterExportAddsOnlyWhatIsNew() throws Exception {
    cli.run("import", chat("early.txt", CHAT.subList(0, 4)).toString(), "--me", "Juniper Hale");

    CliRun later =
        cli.run("import", chat("later.txt", CHAT).toString(), "--me", "Juniper Hale", "--json");

    JsonNode counts = JSON.readTree(later.out());
    assertThat(counts.get("added").asInt()).isEqualTo(3);
    assertThat(counts.get("duplicates").asInt()).isEqualTo(3);
  }

  @Test
  void whoIsWhoComesFromHerName() throws Exception {
    cli.run("import", chat("chat.txt", CHAT).toString(), "--me", "Juniper");

    JsonNode events = JSON.readTree(cli.run("export", "--json").out()).get("events");

    assertThat(events.get(0).get("who").asText()).isEqualTo("me");
    assertThat(events.get(1).get("who").asText()).isEqualTo("them");
    assertThat(events.get(1).get("channel").asText()).isEqualTo("whatsapp");
    assertThat(events.get(1).get("source").get("line").asInt()).isEqualTo(3);
  }

  @Test
  void anUnknownNameListsTheParticipantsAndStoresNothing() throws Exception {
    Path good = chat("chat.txt", CHAT);
    Path foreign = Files.writeString(dir.resolve("notes.txt"), "shopping: eggs, flour\n");

    CliRun wrongName = cli.run("import", good.toString(), "--me", "Rowan");
    CliRun oneBadFile =
        cli.run("import", good.toString(), foreign.toString(), "--me", "Juniper Hale");

    assertThat(wrongName.exitCode()).isNotZero();
    assertThat(wrongName.err()).contains("Rowan").contains("Juniper Hale").contains("Ollie Brand");
    assertThat(oneBadFile.exitCode()).isNotZero();
    assertThat(oneBadFile.err()).contains("notes.txt").doesNotContain("Exception");
    assertThat(JSON.readTree(cli.run("export", "--json").out()).get("events")).isEmpty();
  }

  @Test
  void theVaultFileShowsNoneOfTheImportedNamesOrWords() throws Exception {
    cli.run("import", chat("chat.txt", CHAT).toString(), "--me", "Juniper Hale");

    String raw = new String(Files.readAllBytes(cli.vault()), StandardCharsets.ISO_8859_1);

    assertThat(raw)
        .doesNotContain("SQLite format 3")
        .doesNotContain("Juniper")
        .doesNotContain("Skerryvore")
        .doesNotContain("lighthouse")
        .doesNotContain("chat.txt");
  }
}
