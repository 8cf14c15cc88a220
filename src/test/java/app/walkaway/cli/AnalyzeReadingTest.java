package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code walkaway analyze --start} adds the signals and the read-out, in text and in JSON. */
class AnalyzeReadingTest {
  private static final String CHAT = "examples/whatsapp-maya-and-sam.txt";

  private static CliRun analyze(String... more) {
    String[] base = {"analyze", CHAT, "--me", "Maya", "--now", "2026-04-15T20:00"};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  @Test
  void jsonGainsSignalsAndAReadout() throws Exception {
    CliRun run = analyze("--start", "2026-03-01", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode readout = root.get("readout");
    assertThat(readout.get("outcome").asText()).isEqualTo("CHASING");
    assertThat(readout.get("confidence").get("level").asText()).isIn("low", "medium", "high");
    assertThat(readout.get("evidence")).isNotEmpty();
    assertThat(readout.get("evidence").get(0).get("source").asText())
        .startsWith("whatsapp-maya-and-sam.txt:");
    JsonNode messages = root.get("signals").get("messages");
    assertThat(messages)
        .anySatisfy(m -> assertThat(m.get("text").asText()).isEqualTo("i miss talking to you"));
    assertThat(root.get("signals").get("behaviours")).isNotNull();
  }

  @Test
  void herMessagesAreNeverListedAsSignals() throws Exception {
    JsonNode root = new ObjectMapper().readTree(analyze("--start", "2026-03-01", "--json").out());

    // Maya writes "Sorry, that came out wrong" (line 204); only Sam's words may appear.
    assertThat(root.get("signals").get("messages"))
        .noneSatisfy(m -> assertThat(m.get("text").asText()).startsWith("Sorry, that came out"));
  }

  @Test
  void textEndsWithTheReadoutAndItsEvidence() {
    CliRun run = analyze("--start", "2026-03-01");

    assertThat(run.out())
        .contains("Signals in his messages:")
        .contains("Read-out: CHASING")
        .contains("whatsapp-maya-and-sam.txt:242  \"i miss talking to you\"");
  }

  @Test
  void withoutAStartThereIsNoReadout() throws Exception {
    JsonNode root = new ObjectMapper().readTree(analyze("--json").out());

    assertThat(root.has("readout")).isFalse();
    assertThat(root.has("signals")).isFalse();
    assertThat(analyze().out()).doesNotContain("Read-out:");
  }
}
