package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invented stories in real export formats (src/test/resources/scenarios, written by
 * make_scenarios.py), each read through {@code analyze} with her start day: one outcome each.
 */
class ReadoutScenariosTest {
  static final Path DIR = Path.of("src/test/resources/scenarios");

  static JsonNode analyze(String file, String now) throws Exception {
    CliRun run =
        CliRun.of(
            "analyze",
            DIR.resolve(file).toString(),
            "--me",
            "Lena",
            "--start",
            "2026-03-01",
            "--now",
            now,
            "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out()).get("readout");
  }

  @ParameterizedTest
  @CsvSource({
    "marco-iphone.txt, 2026-03-25T20:00, UNSAFE",
    "jonas-silence-android.txt, 2026-04-15T20:00, INDIFFERENT",
    "jonas-silence-iphone.txt, 2026-04-15T20:00, INDIFFERENT",
    "tom-chase-android.txt, 2026-03-19T22:00, CHASING",
    "tom-chase-iphone.txt, 2026-03-19T22:00, CHASING",
    "ben-moving-on-iphone.txt, 2026-03-25T20:00, MOVING_ON",
    "ben-moving-on-android.txt, 2026-03-25T20:00, MOVING_ON",
    "sam-day5-android.txt, 2026-03-06T09:00, TOO_EARLY",
    "sam-day5-android.txt, 2026-03-26T09:00, INDIFFERENT",
    "kai-steady-android.txt, 2026-03-31T09:00, TOO_EARLY",
    "kai-steady-android.txt, 2026-04-15T09:00, INDIFFERENT",
  })
  void eachStoryReadsAsItsOutcome(String file, String now, String outcome) throws Exception {
    JsonNode r = analyze(file, now);
    assertThat(r.get("outcome").asText()).as(r.toPrettyString()).isEqualTo(outcome);
    assertThat(r.get("evidence")).as("every answer shows what it rests on").isNotEmpty();
    assertThat(r.get("confidence").get("reason").asText()).isNotBlank();
  }

  @Test
  void theIssuesStoryIsUnsafeWithTheThreatAndTheCallsAsItsEvidenceAndSpeaksOnlyOfSafety()
      throws Exception {
    JsonNode r = analyze("marco-iphone.txt", "2026-03-25T20:00");

    assertThat(r.get("outcome").asText()).isEqualTo("UNSAFE");
    String evidence = r.get("evidence").toString();
    assertThat(evidence).contains("if you dont answer me tonight you'll be sorry");
    long calls = 0;
    for (JsonNode e : r.get("evidence")) {
      if (e.get("at").asText().startsWith("2026-03-20T21:1")
          && !e.get("quote").asText().contains("sorry")) {
        calls++;
      }
    }
    assertThat(calls).as(evidence).isEqualTo(3);
    assertThat(r.get("headline").asText()).contains("warning sign");
    assertThat(r.get("safety")).isNotEmpty();
    String all = r.toString().toLowerCase(java.util.Locale.ROOT);
    assertThat(all)
        .doesNotContain("talk openly")
        .doesNotContain("can be healthy")
        .doesNotContain("worry about losing you")
        .doesNotContain("reaching for you more")
        .doesNotContain("intensity is not");
    assertThat(r.get("figures")).as("no relationship figures beside safety").isEmpty();
    assertThat(r.get("confidence").get("reason").asText())
        .startsWith("It rests on 1 message and 3 calls.")
        .doesNotContain("pattern");
    assertThat(r.get("next_steps")).isNotEmpty();
    r.get("next_steps").forEach(s -> assertThat(s.get("id").asText()).startsWith("safety."));
  }

  @Test
  void threeWeeksOfSilenceIsAnAnswerNotTooEarly() throws Exception {
    JsonNode r = analyze("jonas-silence-android.txt", "2026-04-15T20:00");

    assertThat(r.get("headline").asText())
        .startsWith("Jonas has not reached for you in 44 days. That is an answer too.");
    assertThat(r.get("reasons").get(0).asText())
        .isEqualTo("Nothing from him in the last 44 days (his last contact was on 2 March 2026).");
    assertThat(r.get("evidence").get(0).get("quote").asText()).isEqualTo("ok");
    assertThat(r.get("needed").isNull()).isTrue();
  }
}
