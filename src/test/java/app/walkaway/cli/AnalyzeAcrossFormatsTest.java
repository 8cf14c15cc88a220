package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.importer.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code walkaway analyze} given exports of one relationship in different formats at once. */
class AnalyzeAcrossFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode analyze(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("analyze"));
    for (String arg : args) {
      all.add(arg.endsWith(".json") || arg.endsWith(".xml") ? Fixtures.path(arg).toString() : arg);
    }
    all.addAll(List.of("--now", "2024-07-01T00:00", "--json"));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    return JSON.readTree(run.out());
  }

  @Test
  void anAccountExportAndASingleChatExportOfTheSameChatShareTheirMessages() throws Exception {
    JsonNode out =
        analyze(
            "telegram/account-export.json",
            "telegram/single-chat-overlapping-account.json",
            "--them",
            "Tomas Berg");

    // 4 in the account export, 4 in the single chat, 3 of them the same: her reply counted once.
    assertThat(out.path("messages").asInt()).isEqualTo(5);
    assertThat(out.path("duplicates_removed").asInt()).isEqualTo(3);
    assertThat(out.path("participants").path("Maya Lind").asInt()).isEqualTo(2);
    assertThat(out.path("participants").path("Tomas Berg").asInt()).isEqualTo(3);
    assertThat(out.path("me").asText()).isEqualTo("Maya Lind");
  }

  @Test
  void herSmsAndHerTelegramMessagesAreAllHers() throws Exception {
    JsonNode out =
        analyze(
            "sms/sms-backup.xml",
            "telegram/single-chat-overlapping-account.json",
            "--me",
            "Maya Lind",
            "--them",
            "Tomas Berg");

    JsonNode all = out.path("periods").path("all");
    // SMS: 3 sent ("me"), 5 received; Telegram: 2 hers, 2 his.
    assertThat(all.path("me").path("messages").asInt()).isEqualTo(5);
    assertThat(all.path("them").path("messages").asInt()).isEqualTo(7);
    assertThat(out.path("format").asText()).isEqualTo("sms+telegram");
  }
}
