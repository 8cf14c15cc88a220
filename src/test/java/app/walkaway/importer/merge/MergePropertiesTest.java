package app.walkaway.importer.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Author;
import app.walkaway.importer.Entry;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random chats with many near-collisions: few people, few words, a few minutes. */
class MergePropertiesTest {
  private static final LocalDateTime BASE = LocalDateTime.parse("2026-03-01T10:00:00");
  private static final String[] WORDS = {"ok", "hi", "ok!", "see you"};
  private static final String[] PEOPLE = {"Maya", "Sam", "Jo"};

  static List<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    for (long s = 1; s <= 200; s++) {
      seeds.add(s);
    }
    return seeds;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mergingAFileWithItselfChangesNothing(long seed) {
    List<Entry> a = chat(new Random(seed), "a.txt");

    assertThat(Merge.entries(List.of(a, a))).isEqualTo(Merge.entries(List.of(a)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theOrderOfTheFilesDoesNotMatter(long seed) {
    Random random = new Random(seed);
    List<Entry> a = chat(random, "a.txt");
    List<Entry> b = chat(random, "b.txt");

    assertThat(Merge.entries(List.of(a, b))).isEqualTo(Merge.entries(List.of(b, a)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGroupComesOutAtLeastAsOftenAsInEitherFileAndSorted(long seed) {
    Random random = new Random(seed);
    List<Entry> a = chat(random, "a.txt");
    List<Entry> b = chat(random, "b.txt");

    List<Entry> merged = Merge.entries(List.of(a, b));

    Map<String, Integer> inA = counts(a);
    Map<String, Integer> inB = counts(b);
    Map<String, Integer> out = counts(merged);
    for (String key : out.keySet()) {
      int most = Math.max(inA.getOrDefault(key, 0), inB.getOrDefault(key, 0));
      assertThat(out.get(key)).isBetween(most, inA.getOrDefault(key, 0) + inB.getOrDefault(key, 0));
    }
    assertThat(out.keySet()).containsAll(inA.keySet()).containsAll(inB.keySet());
    assertThat(merged).isSortedAccordingTo(Comparator.comparing(Entry::at));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aMinutePrecisionCopyOfTheRecentPartAddsNothing(long seed) {
    Random random = new Random(seed);
    List<Entry> full = Merge.entries(List.of(chat(random, "full.txt")));
    List<Entry> recent = new ArrayList<>();
    int from = random.nextInt(full.size() + 1);
    for (Entry e : full.subList(from, full.size())) {
      recent.add(copy(e, e.at().truncatedTo(ChronoUnit.MINUTES), "recent.txt"));
    }

    List<Entry> merged = Merge.entries(List.of(recent, full));

    assertThat(merged).hasSize(full.size());
    assertThat(counts(merged)).isEqualTo(counts(full));
  }

  private static List<Entry> chat(Random random, String file) {
    List<Entry> entries = new ArrayList<>();
    int size = random.nextInt(30);
    for (int i = 0; i < size; i++) {
      LocalDateTime at = BASE.plusSeconds(random.nextInt(5 * 60));
      String who = PEOPLE[random.nextInt(PEOPLE.length)];
      Kind kind = random.nextInt(6) == 0 ? Kind.MEDIA : Kind.MESSAGE;
      String text = kind == Kind.MEDIA ? "" : WORDS[random.nextInt(WORDS.length)];
      entries.add(
          new Entry(
              at, Author.named(who), kind, Channel.WHATSAPP, text, SourceRef.of(file, i + 1), 0));
    }
    return entries;
  }

  private static Entry copy(Entry e, LocalDateTime at, String file) {
    return new Entry(
        at, e.author(), e.kind(), e.channel(), e.text(), SourceRef.of(file, e.source().line()), 0);
  }

  private static Map<String, Integer> counts(List<Entry> entries) {
    Map<String, Integer> counts = new HashMap<>();
    for (Entry e : entries) {
      counts.merge(e.author().key() + "|" + e.kind() + "|" + e.text(), 1, Integer::sum);
    }
    return counts;
  }
}
