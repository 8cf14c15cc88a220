package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeOutputTest {
  private static final String[] BEFORE = {
    "10/02/2026, 09:00 - Maya: Morning! How was the gig?",
    "10/02/2026, 11:00 - Sam: loud but good",
    "10/02/2026, 11:02 - Maya: Glad you had fun",
    "13/02/2026, 20:00 - Maya: Dinner Friday?",
    "14/02/2026, 08:00 - Sam: can't, sorry",
    "20/02/2026, 19:00 - Maya: Hope your week is going okay",
    "20/02/2026, 21:00 - Maya: Miss you",
  };
  private static final String[] AFTER = {
    "05/03/2026, 18:00 - Sam: hey, how are you?",
    "06/03/2026, 09:00 - Maya: Good thanks, busy week",
    "12/03/2026, 20:00 - Sam: free this weekend?",
  };

  @TempDir Path dir;
  private Path chat;

  @BeforeEach
  void writeChat() {
    List<String> lines = new ArrayList<>(List.of(BEFORE));
    lines.addAll(List.of(AFTER));
    chat = ChatFiles.write(dir, "chat.txt", lines.toArray(String[]::new));
  }

  private CliRun analyze(String... more) {
    List<String> args = new ArrayList<>(List.of("analyze", chat.toString(), "--me", "Maya"));
    args.addAll(List.of("--now", "2026-03-15T12:00"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void theSummaryContrastsBeforeAndSinceInPlainWords() {
    CliRun run = analyze("--start", "2026-03-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Your chat with Sam: 10 messages from 10 February to 12 March.")
        .contains("Before 1 March (")
        .contains("Since 1 March (2 weeks, up to 15 March 12:00):")
        .contains("Your typical reply: about 2 minutes (only 1 reply, too few to say much).")
        .contains("Sam's typical reply: about 7 hours (only 2 replies, too few to say much).")
        .contains("Left without an answer for two days: 2 of your messages, none of Sam's.")
        .contains("Wrote again while still waiting for an answer: you once, Sam never.")
        .contains("That is only 3 conversations: read it as a first hint, not a pattern.")
        .contains("Sam last wrote on 12 March, 2 days ago.")
        .contains(
            "In short: before, you started 100% of conversations (3 of 3). Since 1 March: you"
                + " started none; Sam started 2.");
  }

  @Test
  void withoutAStartDayTheWholeHistoryIsSummed() {
    CliRun run = analyze();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Over the whole chat (")
        .contains("Conversations: you started 3 of 5 (60%), Sam started 2")
        .doesNotContain("Before")
        .doesNotContain("In short");
  }

  @Test
  void messagesAfterNowAreLeftOutAndSaidSo() {
    CliRun run =
        CliRun.of(
            "analyze", chat.toString(), "--me", "Maya", "--now", "2026-03-10T00:00", "--json");

    assertThat(run.out()).contains("\"left_out_after_now\": 1");
    assertThat(
            CliRun.of("analyze", chat.toString(), "--me", "Maya", "--now", "2026-03-10T00:00")
                .out())
        .contains("1 message after 10 March 00:00 left out (--now).");
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    JsonNode json = new ObjectMapper().readTree(analyze("--start", "2026-03-01", "--json").out());

    assertThat(json.get("schema").asInt()).isEqualTo(1);
    assertThat(json.get("format").asText()).isEqualTo("whatsapp");
    assertThat(json.get("messages").asInt()).isEqualTo(10);
    assertThat(json.get("participants").toString()).isEqualTo("{\"Maya\":6,\"Sam\":4}");
    assertThat(json.get("first").asText()).isEqualTo("2026-02-10T09:00:00");
    assertThat(json.get("last").asText()).isEqualTo("2026-03-12T20:00:00");
    assertThat(json.get("me").asText()).isEqualTo("Maya");
    assertThat(json.get("them").asText()).isEqualTo("Sam");
    assertThat(json.get("import").get(0).get("file").asText()).isEqualTo("chat.txt");
    assertThat(json.get("import").get(0).get("system_lines").asInt()).isEqualTo(1);
    assertThat(fieldNames(json.get("periods"))).containsExactly("all", "before", "after");

    JsonNode before = json.get("periods").get("before");
    assertThat(before.get("to").asText()).isEqualTo("2026-03-01T00:00:00");
    assertThat(before.get("me").get("initiations").asInt()).isEqualTo(3);
    assertThat(before.get("me").get("initiation_share").asDouble()).isEqualTo(1.0);
    assertThat(before.get("me").get("unanswered").asInt()).isEqualTo(2);
    assertThat(before.get("me").get("double_texts").asInt()).isEqualTo(1);
    assertThat(before.get("them").get("no_reply").asInt()).isEqualTo(1);
    JsonNode delays = before.get("them").get("reply_delay_minutes");
    assertThat(delays.get("median").asDouble()).isEqualTo(420.0);
    assertThat(delays.get("p90").asDouble()).isEqualTo(660.0);
    assertThat(delays.get("count").asInt()).isEqualTo(2);

    JsonNode after = json.get("periods").get("after");
    assertThat(after.get("days").asDouble()).isEqualTo(14.5);
    assertThat(after.get("me").get("initiations").asInt()).isZero();
    assertThat(after.get("them").get("initiations").asInt()).isEqualTo(2);
    assertThat(after.get("me").get("no_reply").asInt()).isEqualTo(1);
    assertThat(after.get("them").get("unanswered").asInt()).isEqualTo(1);
    assertThat(after.get("them").get("initiations_per_week").asDouble()).isEqualTo(0.97);
    assertThat(after.get("me").get("reply_delay_minutes").get("median").asDouble())
        .isEqualTo(900.0);
    assertThat(fieldNames(after.get("me")))
        .containsExactly(
            "messages",
            "initiations",
            "initiation_share",
            "reply_delay_minutes",
            "no_reply",
            "unanswered",
            "pending",
            "double_texts",
            "initiations_per_week",
            "last_message");
  }

  @Test
  void jsonWithoutAStartHasOnlyTheWholeHistory() throws Exception {
    JsonNode json = new ObjectMapper().readTree(analyze("--json").out());

    assertThat(fieldNames(json.get("periods"))).containsExactly("all");
    assertThat(json.get("start").isNull()).isTrue();
    assertThat(json.get("periods").get("all").get("conversations").asInt()).isEqualTo(5);
  }

  @Test
  void anOverlappingSecondExportAddsNothing() throws Exception {
    Path recent = ChatFiles.write(dir, "recent.txt", AFTER);

    JsonNode both =
        new ObjectMapper()
            .readTree(
                CliRun.of(
                        "analyze",
                        recent.toString(),
                        chat.toString(),
                        "--me",
                        "Maya",
                        "--now",
                        "2026-03-15T12:00",
                        "--json")
                    .out());
    JsonNode one = new ObjectMapper().readTree(analyze("--json").out());

    assertThat(both.get("duplicates_removed").asInt()).isEqualTo(3);
    assertThat(both.get("messages").asInt()).isEqualTo(10);
    assertThat(both.get("import")).hasSize(2);
    assertThat(both.get("periods")).isEqualTo(one.get("periods"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
