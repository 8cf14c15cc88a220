package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.readout.HisFigures;
import app.walkaway.readout.Readout;
import app.walkaway.readout.ReadoutEngine;
import app.walkaway.readout.ReadoutInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReadoutViewTest {
  private static final LocalDate START = LocalDate.of(2026, 5, 1);

  private static Readout unsafe() {
    Event threat =
        Event.of(
            START.atTime(21, 15),
            Actor.THEM,
            Kind.MESSAGE,
            Channel.SMS,
            "watch your back",
            SourceRef.of("sms.xml", 41));
    HisFigures before = new HisFigures(3, 20, 28, OptionalDouble.empty());
    HisFigures after = new HisFigures(1, 1, 4, OptionalDouble.empty());
    return ReadoutEngine.standard()
        .read(
            new ReadoutInput(
                "Alex",
                START,
                LocalDateTime.of(2026, 5, 5, 12, 0),
                List.of(threat),
                before,
                after));
  }

  @Test
  void jsonCarriesOutcomeEvidenceConfidenceAndSafety() {
    JsonNode json =
        ReadoutView.json(
            new ObjectMapper(),
            unsafe(),
            List.of(new ReadoutView.Step("safety.get-safe", "Get somewhere safe.")));

    assertThat(json.get("outcome").asText()).isEqualTo("UNSAFE");
    assertThat(json.get("headline").asText()).startsWith("Some of what Alex has said");
    assertThat(json.get("evidence").get(0).get("source").asText()).isEqualTo("sms.xml:41");
    assertThat(json.get("evidence").get(0).get("quote").asText()).isEqualTo("watch your back");
    assertThat(json.get("confidence").get("level").asText()).isEqualTo("high");
    assertThat(json.get("safety")).hasSize(4);
    assertThat(json.get("needed").isNull()).isTrue();
    assertThat(json.get("next_steps").get(0).get("id").asText()).isEqualTo("safety.get-safe");
  }

  @Test
  void humanTextPutsSafetyFirstAndCitesEachItem() {
    StringWriter text = new StringWriter();
    ReadoutView.human(
        new PrintWriter(text, true),
        unsafe(),
        List.of(new ReadoutView.Step("safety.get-safe", "Get somewhere safe.")));

    String out = text.toString();
    assertThat(out).startsWith("Read-out: UNSAFE (4 days since you started; confidence high)");
    assertThat(out.indexOf("Your safety first:")).isLessThan(out.indexOf("Why:"));
    assertThat(out)
        .contains("2026-05-01 21:15  sms.xml:41  \"watch your back\"  (threat: \"watch your back\"")
        .contains("Next steps:\n  - Get somewhere safe.");
  }
}
