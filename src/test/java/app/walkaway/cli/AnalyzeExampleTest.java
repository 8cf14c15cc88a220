package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example in docs/cli.md ("Try it on the command line"), end to end: the invented chat of Maya
 * and Sam.
 */
class AnalyzeExampleTest {
  private static final Path EXAMPLE = Path.of("examples/whatsapp-maya-and-sam.txt");
  private static final String[] README = {
    "analyze",
    EXAMPLE.toString(),
    "--me",
    "Maya",
    "--start",
    "2026-03-01",
    "--now",
    "2026-04-15T20:00"
  };

  @Test
  void theReadmeCommandTellsTheStory() {
    CliRun run = CliRun.of(README);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Your chat with Sam:")
        .contains("Before 1 March")
        .contains("Since 1 March")
        .contains("Since 1 March: you started none; Sam started")
        .contains("Sam last wrote on 12 April, 3 days ago.");
  }

  @Test
  void theFiguresAddUpAndShowTheChange() throws Exception {
    String[] args = java.util.Arrays.copyOf(README, README.length + 1);
    args[README.length] = "--json";
    JsonNode json = new ObjectMapper().readTree(CliRun.of(args).out());
    JsonNode all = json.get("periods").get("all");
    JsonNode before = json.get("periods").get("before");
    JsonNode after = json.get("periods").get("after");

    long lines = Files.readAllLines(EXAMPLE).stream().filter(l -> l.matches("^\\d\\d/.*")).count();
    assertThat(json.get("messages").asLong()).isEqualTo(lines - 1);
    for (String who : new String[] {"me", "them"}) {
      for (String key : new String[] {"messages", "initiations", "unanswered", "double_texts"}) {
        assertThat(all.get(who).get(key).asLong())
            .as(who + " " + key)
            .isEqualTo(before.get(who).get(key).asLong() + after.get(who).get(key).asLong());
      }
    }
    assertThat(before.get("me").get("initiation_share").asDouble()).isGreaterThan(0.8);
    assertThat(after.get("me").get("initiations").asInt()).isZero();
    assertThat(after.get("them").get("initiations").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(after.get("me").get("reply_delay_minutes").get("median").asDouble())
        .isGreaterThan(10 * before.get("me").get("reply_delay_minutes").get("median").asDouble());
  }
}
