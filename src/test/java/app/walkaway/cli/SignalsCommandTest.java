package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

@ResourceLock("java.lang.System.in")
class SignalsCommandTest {
  private static CliRun withInput(String input, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return CliRun.of(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void jsonModeWritesOneResultPerInputLine() throws Exception {
    CliRun run = withInput("i miss u. answer me!\nthe parcel came\n", "signals", "--json");

    assertThat(run.exitCode()).isZero();
    String[] lines = run.out().strip().split("\\R");
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertThat(first.get("text").asText()).isEqualTo("i miss u. answer me!");
    assertThat(first.get("kinds").toString()).isEqualTo("[\"MISSES_YOU\",\"PRESSURE\"]");
    assertThat(first.get("matches").get(0).get("rule").asText()).isEqualTo("en/miss-you");
    assertThat(first.get("matches").get(0).get("match").asText()).isEqualTo("miss u");
    assertThat(new ObjectMapper().readTree(lines[1]).get("kinds")).isEmpty();
  }

  @Test
  void humanModeNamesKindWordsAndRule() {
    CliRun run = withInput("I'll make you pay\nok\n", "signals");

    assertThat(run.out())
        .contains("I'll make you pay  ->  threat \"make you pay\" (en/make-you-pay)")
        .contains("ok  ->  no signal");
  }

  @Test
  void anUnknownLanguageIsAPlainError() {
    CliRun run = withInput("hola\n", "signals", "--lang", "xx");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("no lexicon for language 'xx'").doesNotContain("Exception");
  }

  private static final String DUTCH =
      "waarom antwoord je niet\nik wil je zien, het is echt niet goed zo\nik ben hier morgen\n";

  @Test
  void aChatInALanguageWithoutALexiconSaysSoInsteadOfNoSignal() {
    CliRun run = withInput(DUTCH, "signals");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("These messages look Dutch. Walkaway reads signals in English, German,")
        .contains("ik ben hier morgen  ->  not read (see above)")
        .doesNotContain("no signal");
  }

  @Test
  void inJsonTheSentenceGoesBesideTheLinesNotAmongThem() throws Exception {
    CliRun run = withInput(DUTCH, "signals", "--json");

    assertThat(run.err()).startsWith("These messages look Dutch.");
    String[] lines = run.out().strip().split("\\R");
    assertThat(lines).hasSize(3);
    assertThat(new ObjectMapper().readTree(lines[0]).get("text").asText())
        .isEqualTo("waarom antwoord je niet");
  }

  @Test
  void theChatsOwnLanguageIsReadAndNoOther() {
    // "regret" is a cue of the French lexicon too; a plainly English chat is read in English only.
    CliRun run =
        withInput(
            "hey how are you doing today\nwhat are you up to this weekend\nyou'll regret this\n",
            "signals");

    assertThat(run.out()).contains("you'll regret this  ->  threat").doesNotContain("(fr/");
  }

  @Test
  void theSecondOpinionIsAskedOnlyWhenAskedForAndOnlyEverPossible() throws Exception {
    // No rule of the English lexicon reads this as an insult (if one ever does, the model is not
    // asked and another line is needed here); the shipped model does.
    String line = "you are an ungrateful spoilt brat\n";

    CliRun rules = withInput(line, "signals", "--json", "--lang", "en");
    CliRun both = withInput(line, "signals", "--json", "--lang", "en", "--second-opinion");

    assertThat(rules.out()).doesNotContain("model/second-opinion");
    JsonNode model = new ObjectMapper().readTree(both.out().strip()).get("matches");
    assertThat(model)
        .anySatisfy(
            m -> {
              assertThat(m.get("rule").asText()).isEqualTo("model/second-opinion");
              assertThat(m.get("possible").asBoolean()).isTrue();
            });
  }
}
