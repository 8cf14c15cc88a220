package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading only the events since a moment gives exactly the tail of the whole timeline. */
class EventWindowTest {
  @TempDir Path home;

  @Test
  void sinceGivesTheEventsFromThatMomentOnInTimeOrder() {
    List<Event> stored = new ArrayList<>();
    // Stored out of order, and two events in the same second, to check the ordering too.
    stored.add(Samples.message("2026-03-02T09:00", Actor.THEM, "later one", 3));
    stored.add(Samples.message("2026-02-27T23:59:59", Actor.ME, "just before", 1));
    stored.add(Samples.message("2026-03-01T00:00", Actor.THEM, "on the dot", 2));
    stored.add(Samples.message("2026-03-01T00:00", Actor.ME, "same second", 4));
    try (Vault vault = Vault.create(home.resolve("vault.db"), Samples.passphrase())) {
      vault.events().add(stored);

      List<Event> since = vault.events().since(LocalDateTime.parse("2026-03-01T00:00"));

      List<Event> all = vault.events().all();
      assertThat(since).containsExactlyElementsOf(all.subList(1, all.size()));
      assertThat(since)
          .extracting(Event::text)
          .containsExactly("on the dot", "same second", "later one");
    }
  }

  @Test
  void sinceAfterEverythingIsEmpty() {
    try (Vault vault = Vault.create(home.resolve("vault.db"), Samples.passphrase())) {
      vault.events().add(Samples.chat());

      assertThat(vault.events().since(LocalDateTime.parse("2100-01-01T00:00"))).isEmpty();
      assertThat(vault.events().since(LocalDateTime.parse("1990-01-01T00:00")))
          .containsExactlyElementsOf(vault.events().all());
    }
  }
}
