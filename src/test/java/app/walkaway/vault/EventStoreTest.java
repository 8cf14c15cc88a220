package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir Path home;

  private Vault create() {
    return Vault.create(home.resolve("vault.db"), Samples.passphrase());
  }

  @Test
  void eventsComeBackAsStoredAfterReopening() {
    try (Vault vault = create()) {
      assertThat(vault.events().add(Samples.chat())).isEqualTo(new AddResult(5, 0));
    }
    try (Vault vault = Vault.open(home.resolve("vault.db"), Samples.passphrase())) {
      assertThat(vault.events().all()).containsExactlyElementsOf(Samples.chat());
      assertThat(vault.events().count()).isEqualTo(5);
    }
  }

  @Test
  void reimportingTheSameExportAddsNothing() {
    try (Vault vault = create()) {
      vault.events().add(Samples.chat());

      assertThat(vault.events().add(Samples.chat())).isEqualTo(new AddResult(0, 5));
      assertThat(vault.events().count()).isEqualTo(5);
    }
  }

  @Test
  void anOverlappingExportAddsOnlyWhatIsNew() {
    List<Event> first = Samples.many(100, "january.txt");
    List<Event> overlapping = Samples.many(150, "later.txt").subList(60, 150);
    try (Vault vault = create()) {
      vault.events().add(first);

      assertThat(vault.events().add(overlapping)).isEqualTo(new AddResult(50, 40));
      assertThat(vault.events().count()).isEqualTo(150);
    }
  }

  @Test
  void genuineRepeatsInOneFileAreKeptAndMatchedOnReimport() {
    // "ok" twice in the same minute (lines 3 and 4) are two events; seconds differ in the export.
    try (Vault vault = create()) {
      vault.events().add(Samples.chat());
      List<Event> withAThird = new ArrayList<>(Samples.chat());
      withAThird.add(Samples.message("2026-03-01T09:20:59", Actor.ME, "ok", 6));

      assertThat(vault.events().add(withAThird)).isEqualTo(new AddResult(1, 5));
    }
  }

  @Test
  void handLoggedEventsAreAlwaysAddedEvenWhenIdentical() {
    Event urge =
        Event.of(
            java.time.LocalDateTime.parse("2026-04-01T23:10:00"),
            Actor.ME,
            Kind.URGE,
            app.walkaway.event.Channel.OTHER,
            "I miss the walks",
            SourceRef.byHand());
    try (Vault vault = create()) {
      vault.events().log(urge);
      vault.events().log(urge);

      assertThat(vault.events().all()).containsExactly(urge, urge);
    }
  }

  @Test
  void anImportThatFailsHalfWayLeavesNothingBehind() {
    try (Vault vault = create()) {
      try {
        vault.inTransaction(
            () -> {
              vault.events().add(Samples.many(1000, "a.txt"));
              throw new IllegalStateException("reading the second file failed");
            });
      } catch (IllegalStateException expected) {
        // the whole import is one transaction
      }
      assertThat(vault.events().count()).isZero();
    }
  }
}
