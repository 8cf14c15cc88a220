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

  /** A short WhatsApp chat in Dutch: Walkaway has no lexicon for it. */
  private static java.nio.file.Path dutchChat(java.nio.file.Path dir) throws Exception {
    java.nio.file.Path chat = dir.resolve("whatsapp-dutch.txt");
    java.nio.file.Files.writeString(
        chat,
        String.join(
            "\n",
            "01/03/2026, 09:00 - Lena: Hoi, ik ben er morgen niet",
            "01/03/2026, 09:05 - Joost: waarom niet? ik wil je zien",
            "02/03/2026, 21:00 - Joost: je bent echt niet goed zo",
            "03/03/2026, 22:10 - Joost: antwoord nu, ik sta hier voor je deur",
            "04/03/2026, 08:00 - Joost: waarom doe je dit, het is niet eerlijk",
            "05/03/2026, 23:30 - Joost: ik weet waar je bent vandaag",
            ""));
    return chat;
  }

  @Test
  void aChatInALanguageWithoutALexiconSaysSoInsteadOfNoSignals(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String[] args = {
      "analyze",
      dutchChat(dir).toString(),
      "--me",
      "Lena",
      "--now",
      "2026-03-10T20:00",
      "--start",
      "2026-03-01"
    };
    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("These messages look Dutch. Walkaway reads signals in English, German,")
        .doesNotContain("Signals in his messages: none");

    String[] json = java.util.Arrays.copyOf(args, args.length + 1);
    json[args.length] = "--json";
    JsonNode language =
        new ObjectMapper().readTree(CliRun.of(json).out()).get("signals").get("language");
    assertThat(language.get("unsupported").asText()).isEqualTo("nl");
    assertThat(language.get("note").asText()).startsWith("These messages look Dutch.");
  }

  @Test
  void aChatInALanguageWithALexiconNamesItsLanguageAndNoSentence() throws Exception {
    JsonNode language =
        new ObjectMapper()
            .readTree(analyze("--start", "2026-03-01", "--json").out())
            .get("signals")
            .get("language");

    assertThat(language.get("read").toString()).isEqualTo("[\"en\"]");
    assertThat(language.has("note")).isFalse();
  }
}
