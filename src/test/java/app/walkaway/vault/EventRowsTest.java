package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Questions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored events read back by row id, as a server's in-memory columns take them. */
class EventRowsTest {
  private static final List<String> TEXTS =
      List.of(
          "why?",
          "¿Vienes mañana",
          "هل أنت بخير؟",
          "元気？",
          "Τι κάνεις\u037E", // a Greek question mark
          "no question here",
          "");

  @TempDir Path home;

  private static List<Event> chat() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      events.add(Samples.message("2026-03-01T10:0" + i, Actor.THEM, TEXTS.get(i), i + 1L));
    }
    return events;
  }

  @Test
  void aScanSaysWhetherEachTextAsksAsQuestionsWouldAndHandsOnTheFlags() {
    List<Boolean> asks = new ArrayList<>();
    List<List<String>> flags = new ArrayList<>();
    try (Vault vault =
        Vault.create(home.resolve("vault.db"), Samples.passphrase(), Samples.FLAGGER)) {
      vault.events().add(chat());
      vault
          .events()
          .add(List.of(Samples.message("2026-03-02T09:00", Actor.THEM, "watch your back", 9)));

      long last =
          vault
              .events()
              .scan(
                  0,
                  (id, at, who, kind, channel, ask, kinds) -> {
                    asks.add(ask);
                    flags.add(kinds);
                  });

      assertThat(last).isEqualTo(TEXTS.size() + 1L);
      assertThat(
              vault.events().scan(last, (id, at, who, kind, channel, ask, kinds) -> asks.add(null)))
          .isEqualTo(last);
    }
    assertThat(asks.subList(0, TEXTS.size()))
        .containsExactlyElementsOf(TEXTS.stream().map(Questions::asks).toList());
    assertThat(asks.subList(0, 5)).containsOnly(true);
    assertThat(flags.get(flags.size() - 1)).containsExactly("THREAT");
    assertThat(flags.subList(0, TEXTS.size())).allMatch(List::isEmpty);
  }

  @Test
  void wholeEventsComeBackByTheirIds() {
    try (Vault vault = Vault.create(home.resolve("vault.db"), Samples.passphrase())) {
      vault.events().add(chat());

      Map<Long, Event> found = vault.events().byIds(3, 1, 99);

      assertThat(found.keySet()).containsExactly(3L, 1L);
      assertThat(found.get(3L)).isEqualTo(chat().get(2));
    }
  }
}
