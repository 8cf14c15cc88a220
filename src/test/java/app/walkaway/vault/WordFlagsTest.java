package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** His red-flag words are found when stored, and old ones come back through the index. */
class WordFlagsTest {
  private static final LocalDateTime LATER = LocalDateTime.parse("2026-01-01T00:00");
  @TempDir Path home;

  private static List<Event> chat() {
    return List.of(
        Samples.message("2025-05-10T20:00", Actor.THEM, "You will regret this, watch your back", 1),
        Samples.message("2025-05-10T20:02", Actor.ME, "Watch your back yourself", 2),
        Samples.message("2025-05-10T20:03", Actor.THEM, "Sorry, see you at the market", 3),
        Samples.message("2026-02-01T09:00", Actor.THEM, "Watch your back", 4));
  }

  @Test
  void onlyHisRedFlagWordsBeforeTheMomentComeBack() {
    try (Vault vault =
        Vault.create(home.resolve("vault.db"), Samples.passphrase(), Samples.FLAGGER)) {
      vault.events().add(chat());

      assertThat(vault.events().flaggedBefore(LATER)).containsExactly(chat().get(0));
      assertThat(vault.events().flaggedBefore(LocalDateTime.parse("2027-01-01T00:00")))
          .containsExactly(chat().get(0), chat().get(3));
    }
  }

  @Test
  void reimportingAddsNoSecondFlag() {
    try (Vault vault =
        Vault.create(home.resolve("vault.db"), Samples.passphrase(), Samples.FLAGGER)) {
      vault.events().add(chat());
      vault.events().add(chat());

      assertThat(vault.events().flaggedBefore(LATER)).hasSize(1);
    }
  }

  @Test
  void aVaultFromBeforeVersionThreeHasItsOldMessagesReadOnceOnOpening() {
    Path file = home.resolve("vault.db");
    try (Vault old = Vault.create(file, Samples.passphrase(), "2")) {
      old.events().add(chat());
    }

    try (Vault vault = Vault.open(file, Samples.passphrase(), Samples.FLAGGER)) {
      assertThat(vault.events().flaggedBefore(LATER)).containsExactly(chat().get(0));
    }
    try (Vault vault = Vault.open(file, Samples.passphrase(), Samples.FLAGGER)) {
      assertThat(vault.events().flaggedBefore(LATER)).containsExactly(chat().get(0));
    }
  }

  @Test
  void flagsReadWithOtherLexiconsAreReadAgainOnOpening() {
    Path file = home.resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase(), Samples.FLAGGER)) {
      vault.events().add(chat());
      vault.jdbc(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate("DELETE FROM word_flag");
              return s.executeUpdate("UPDATE word_flag_read SET lexicons = 'an older release'");
            }
          });
      assertThat(vault.events().flaggedBefore(LATER)).isEmpty();
    }

    try (Vault vault = Vault.open(file, Samples.passphrase(), Samples.FLAGGER)) {
      assertThat(vault.events().flaggedBefore(LATER)).containsExactly(chat().get(0));
    }
  }

  @Test
  void withoutAFlaggerNothingIsFlaggedAndStoredFlagsAreKept() {
    Path file = home.resolve("vault.db");
    try (Vault vault = Vault.create(file, Samples.passphrase(), Samples.FLAGGER)) {
      vault.events().add(chat());
    }
    try (Vault vault = Vault.open(file, Samples.passphrase())) {
      vault
          .events()
          .add(List.of(Samples.message("2025-06-01T10:00", Actor.THEM, "Watch your back", 5)));

      assertThat(vault.events().flaggedBefore(LATER)).containsExactly(chat().get(0));
    }
  }

  @Test
  void theFirstOfAKindAndHisLastContactBeforeAMoment() {
    Event stop =
        new Event(
            LocalDateTime.parse("2025-05-10T20:10"),
            Actor.ME,
            Kind.BOUNDARY,
            Channel.OTHER,
            "Asked him to stop",
            SourceRef.byHand(),
            0);
    try (Vault vault =
        Vault.create(home.resolve("vault.db"), Samples.passphrase(), Samples.FLAGGER)) {
      vault.events().add(chat());
      vault.events().log(stop);

      assertThat(vault.events().findFirstBefore(Kind.BOUNDARY, LATER)).contains(stop);
      assertThat(vault.events().findFirstBefore(Kind.BOUNDARY, stop.at())).isEmpty();
      assertThat(vault.events().findLastContactBefore(Actor.THEM, LATER)).contains(chat().get(2));
      assertThat(vault.events().findLastContactBefore(Actor.ME, LATER)).contains(chat().get(1));
    }
  }
}
