package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze}, {@code readout} and {@code today} report the same red flags over the same data,
 * and agree whether safety comes first: run in-process over one export, and over a real vault that
 * imported it (and later holds what she logged by hand).
 */
class RedFlagAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String START = "2026-03-01";
  private static final String NOW = "2026-03-20T12:00";

  @TempDir Path dir;
  private Path chat;
  private VaultCli vault;

  @BeforeEach
  void aChatWithWarningSignsSinceSheSteppedBack() {
    chat =
        ChatFiles.write(
            dir,
            "chat.txt",
            "10/01/2026, 09:00 - Maya: Morning! Coffee later?",
            "10/01/2026, 09:20 - Sam: sure, 5pm",
            "20/01/2026, 18:00 - Sam: how was the day?",
            "20/01/2026, 18:30 - Maya: long, but good",
            "03/03/2026, 22:10 - Sam: Missed voice call",
            "03/03/2026, 22:18 - Sam: Missed voice call",
            "03/03/2026, 22:25 - Sam: Missed voice call",
            "03/03/2026, 22:30 - Sam: answer me",
            "05/03/2026, 23:40 - Sam: you're pathetic",
            "09/03/2026, 08:15 - Sam: you'll regret this");
    vault = VaultCli.in(dir);
    vault.init();
    ok(vault.run("import", chat.toString(), "--me", "Maya"));
    ok(vault.run("plan", "start", "--date", START, "--name", "Sam"));
  }

  @Test
  void theSameRedFlagsFromTheExportAndFromTheVault() throws Exception {
    JsonNode fromFile =
        json(
            CliRun.of(
                "analyze",
                chat.toString(),
                "--me",
                "Maya",
                "--start",
                START,
                "--now",
                NOW,
                "--json"));
    JsonNode fromVault = json(vault.run("analyze", "--start", START, "--now", NOW, "--json"));
    JsonNode readout = json(vault.run("readout", "--now", NOW, "--json"));
    JsonNode today = json(vault.run("today", "--now", NOW, "--zone", "UTC", "--json"));

    JsonNode flags = fromFile.get("red_flags");
    assertThat(flags).hasSize(4); // the burst of calls, pressure, an insult, a threat
    assertThat(flags.findValuesAsText("kind"))
        .containsExactly("call-flood", "pressure", "insult", "threat");
    assertThat(fromVault.get("red_flags")).isEqualTo(flags);
    assertThat(readout.get("red_flags")).isEqualTo(flags);
    assertThat(today.get("red_flags")).isEqualTo(flags);

    assertThat(fromFile.get("readout").get("outcome").asText()).isEqualTo("UNSAFE");
    assertThat(readout.get("readout").get("outcome").asText()).isEqualTo("UNSAFE");
    assertThat(today.get("safety_first").asBoolean()).isTrue();
    assertThat(today.get("guidance").get(0).get("id").asText()).isEqualTo("guide.red-flag");
  }

  @Test
  void whatSheLogsCountsTheSameForTheReadoutAndForToday() throws Exception {
    ok(vault.run("log", "boundary", "--at", "2026-03-10 09:00", "--text", "please stop"));
    ok(vault.run("log", "visit", "--at", "2026-03-12 19:30", "--text", "outside the studio"));

    JsonNode fromVault = json(vault.run("analyze", "--start", START, "--now", NOW, "--json"));
    JsonNode readout = json(vault.run("readout", "--now", NOW, "--json"));
    JsonNode today = json(vault.run("today", "--now", NOW, "--zone", "UTC", "--json"));

    JsonNode flags = readout.get("red_flags");
    assertThat(flags.findValuesAsText("kind")).contains("boundary-ignored", "showed-up");
    assertThat(today.get("red_flags")).isEqualTo(flags);
    assertThat(fromVault.get("red_flags")).isEqualTo(flags);
  }

  @Test
  void withoutWarningSignsNeitherPutsSafetyFirst() throws Exception {
    String before = "2026-02-01T12:00";
    ok(vault.run("plan", "start", "--date", "2026-01-25", "--name", "Sam"));

    JsonNode readout = json(vault.run("readout", "--now", before, "--json"));
    JsonNode today = json(vault.run("today", "--now", before, "--zone", "UTC", "--json"));

    assertThat(readout.get("red_flags")).isEmpty();
    assertThat(today.get("red_flags")).isEmpty();
    assertThat(readout.get("readout").get("outcome").asText()).isNotEqualTo("UNSAFE");
    assertThat(today.get("safety_first").asBoolean()).isFalse();
  }

  private static JsonNode json(CliRun run) throws Exception {
    return JSON.readTree(ok(run).out());
  }

  private static CliRun ok(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }
}
