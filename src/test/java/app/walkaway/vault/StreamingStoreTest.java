package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Event;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "memory grows with what is kept": events go in from an iterator, a batch or two at a
 * time, and come out by time range one at a time, so neither side holds a whole history.
 */
class StreamingStoreTest {
  private static final int EVENTS = 60_000;
  @TempDir Path home;

  @Test
  void eventsFromAnIteratorAreTakenOnlyABatchOrTwoAheadOfWhatIsStored() {
    try (Vault vault = Vault.create(home.resolve("vault.db"), Samples.passphrase())) {
      AtomicLong handed = new AtomicLong();
      AtomicLong furthestAhead = new AtomicLong();
      Iterator<Event> lazy = generated(EVENTS, handed);

      AddResult result =
          vault
              .events()
              .add(lazy, done -> furthestAhead.accumulateAndGet(handed.get() - done, Math::max));

      assertThat(result.added()).isEqualTo(EVENTS);
      // One batch being stored, one prepared ahead, one being prepared: never the whole source.
      assertThat(furthestAhead.get()).isLessThanOrEqualTo(3 * 5_000L);
      assertThat(vault.events().all()).isEqualTo(Samples.many(EVENTS, "lazy.txt"));
    }
  }

  @Test
  void fromAnIteratorRepeatsAreKeptAndAReimportAddsNothing() {
    try (Vault vault = Vault.create(home.resolve("vault.db"), Samples.passphrase())) {
      List<Event> withRepeats = new ArrayList<>(Samples.chat()); // holds "ok" twice, same minute
      assertThat(vault.events().add(withRepeats.iterator(), d -> {}).added()).isEqualTo(5);
      assertThat(vault.events().add(withRepeats.iterator(), d -> {}).added()).isZero();
      assertThat(vault.events().count()).isEqualTo(5);
    }
  }

  @Test
  void aTimeRangeIsReadInOrderWithoutAList() {
    try (Vault vault = Vault.create(home.resolve("vault.db"), Samples.passphrase())) {
      vault.events().add(Samples.many(5_000, "history.txt"));
      LocalDateTime from = LocalDateTime.parse("2025-01-02T00:00:00");
      LocalDateTime to = LocalDateTime.parse("2025-01-03T12:00:00");
      List<Event> expected =
          vault.events().all().stream()
              .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
              .toList();

      List<Event> between = new ArrayList<>();
      vault.events().forEach(from, to, between::add);
      List<Event> since = new ArrayList<>();
      vault.events().forEachSince(from, since::add);

      assertThat(between).hasSize(36 * 60).isEqualTo(expected);
      assertThat(since).isEqualTo(vault.events().since(from));
    }
  }

  @Test
  void fingerprintCountsAgreeWithAMapOverManyKeysAndCollisions() {
    FingerprintCounts counts = new FingerprintCounts();
    Map<Long, Integer> reference = new HashMap<>();
    SplittableRandom random = new SplittableRandom(15);
    for (int i = 0; i < 300_000; i++) {
      // Few distinct minutes and hashes, so keys repeat and crowd the same slots; -1 and 0 too.
      long key =
          switch (i % 100) {
            case 0 -> -1L;
            case 1 -> 0L;
            default -> (random.nextLong(2_000) << 33) | random.nextLong(50);
          };
      int before = reference.getOrDefault(key, 0);
      reference.put(key, before + 1);
      assertThat(counts.next(key)).as("key %d at %d", key, i).isEqualTo(before);
    }
  }

  private static Iterator<Event> generated(int n, AtomicLong handed) {
    List<Event> template = Samples.many(1, "lazy.txt"); // the shape; each is made on demand
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < n;
      }

      @Override
      public Event next() {
        handed.incrementAndGet();
        Event first = template.get(0);
        int i = next++;
        return new Event(
            first.at().plusMinutes(i),
            i % 3 == 0 ? app.walkaway.event.Actor.THEM : app.walkaway.event.Actor.ME,
            first.kind(),
            first.channel(),
            "generated line number " + i + " about the garden",
            app.walkaway.event.SourceRef.of("lazy.txt", i + 1),
            first.seconds());
      }
    };
  }
}
