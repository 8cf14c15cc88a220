package app.walkaway.vault;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Invented events and passphrases for vault tests. */
final class Samples {
  static final String PASSPHRASE = "lanterns over the harbour";

  private Samples() {}

  /**
   * A stand-in for the service's red-flag reading: his "watch your back" is a threat. The vault
   * only stores what it is handed, so its tests hand it something simple.
   */
  static final WordFlagger FLAGGER =
      new WordFlagger() {
        @Override
        public String version() {
          return "samples-1";
        }

        @Override
        public Set<String> flags(Actor who, String text) {
          boolean threat =
              who == Actor.THEM && text.toLowerCase(Locale.ROOT).contains("watch your back");
          return threat ? Set.of("THREAT") : Set.of();
        }
      };

  static Passphrase passphrase() {
    return Passphrase.of(PASSPHRASE);
  }

  static Event message(String at, Actor who, String text, long line) {
    return Event.of(
        LocalDateTime.parse(at),
        who,
        Kind.MESSAGE,
        Channel.WHATSAPP,
        text,
        SourceRef.of("chat.txt", line));
  }

  /** A short invented exchange. */
  static List<Event> chat() {
    return List.of(
        message("2026-03-01T09:15:00", Actor.THEM, "Morning! Did the ferry run today?", 1),
        message("2026-03-01T09:20:00", Actor.ME, "It did, windy crossing though", 2),
        message("2026-03-01T09:20:00", Actor.ME, "ok", 3),
        message("2026-03-01T09:20:30", Actor.ME, "ok", 4),
        new Event(
            LocalDateTime.parse("2026-03-02T21:04:00"),
            Actor.THEM,
            Kind.CALL,
            Channel.WHATSAPP,
            "",
            SourceRef.of("chat.txt", 5),
            340));
  }

  /** {@code n} generated messages, one a minute, alternating who. */
  static List<Event> many(int n, String origin) {
    return many(n, origin, "about the garden");
  }

  /** As {@link #many(int, String)}, at the same minutes, but with other words: other events. */
  static List<Event> many(int n, String origin, String about) {
    List<Event> events = new ArrayList<>(n);
    LocalDateTime start = LocalDateTime.parse("2025-01-01T08:00:00");
    for (int i = 0; i < n; i++) {
      events.add(
          Event.of(
              start.plusMinutes(i),
              i % 3 == 0 ? Actor.THEM : Actor.ME,
              Kind.MESSAGE,
              Channel.TELEGRAM,
              "generated line number " + i + " " + about,
              SourceRef.of(origin, i + 1)));
    }
    return events;
  }
}
