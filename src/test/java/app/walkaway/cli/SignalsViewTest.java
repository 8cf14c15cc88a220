package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.signals.BehaviourFinder;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.SignalDetector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalsViewTest {
  @Test
  void longListsKeepTheMostRecentLinesAndSayHowManyWereLeftOut() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      events.add(
          Event.of(
              LocalDateTime.of(2026, 1, 1, 9, 0).plusDays(i),
              Actor.THEM,
              Kind.MESSAGE,
              Channel.SMS,
              "i miss you",
              SourceRef.of("sms.xml", i + 1)));
    }
    List<EventSignal> signals = SignalDetector.standard().readAll(events);
    StringWriter text = new StringWriter();

    SignalsView.human(
        new PrintWriter(text, true),
        signals,
        BehaviourFinder.standard().find(events, events.get(44).at()),
        new app.walkaway.signals.ChatLanguage.Read(List.of("en")));

    assertThat(text.toString())
        .contains("Signals in his messages: 45")
        .contains("(5 earlier ones left out here; --json lists them all)")
        .contains("sms.xml:45")
        .doesNotContain("sms.xml:5 ")
        .contains("Patterns in what he does: none");
  }
}
