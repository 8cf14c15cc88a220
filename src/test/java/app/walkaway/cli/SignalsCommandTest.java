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
}
