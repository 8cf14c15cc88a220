package app.walkaway.service;

import app.walkaway.importer.Author;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Importers;
import app.walkaway.importer.Participants;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chat export read once without keeping it: what it is, how many entries it holds, who wrote
 * them, and an evenly spread sample of each of the first writers' words (to tell the chat's
 * language from his). The entries themselves are read a second time as they are stored (see {@link
 * StreamedEvents}), so an import holds a few thousand of them at a time, not the file.
 *
 * @param report what the importer found
 * @param entries how many entries it handed over
 * @param people everyone who wrote, most messages first
 * @param samples up to {@link Sample#MOST} of each sampled writer's non-blank entries, by name key
 */
record ChatSurvey(
    ImportReport report, long entries, Participants people, Map<String, List<Entry>> samples) {
  /**
   * Writers whose words are sampled, in the order they first write. A WhatsApp group holds at most
   * 1,024 people, but he is nearly always among the first few to write in a chat of his; when he is
   * not, his words are read again for the sample ({@link #hisSample}).
   */
  static final int SAMPLED_WRITERS = 16;

  /** Reads {@code file} once, counting writers and sampling their words. */
  static ChatSurvey of(Path file, ImportOptions options) {
    Map<Author, long[]> counts = new LinkedHashMap<>();
    Map<String, Sample> samples = new HashMap<>();
    ImportReport report =
        Importers.read(
            file,
            options,
            entry -> {
              counts.computeIfAbsent(entry.author(), a -> new long[1])[0]++;
              String key = entry.author().key();
              Sample sample = samples.get(key);
              if (sample == null && samples.size() < SAMPLED_WRITERS) {
                sample = new Sample();
                samples.put(key, sample);
              }
              if (sample != null) {
                sample.offer(entry);
              }
            });
    Map<String, List<Entry>> kept = new HashMap<>();
    samples.forEach((key, sample) -> kept.put(key, sample.entries()));
    long entries = counts.values().stream().mapToLong(c -> c[0]).sum();
    return new ChatSurvey(report, entries, people(counts), kept);
  }

  /** The same survey without its samples: once his are taken, the others' are let go. */
  ChatSurvey withoutSamples() {
    return new ChatSurvey(report, entries, people, Map.of());
  }

  /** Everyone who wrote, from counts, without reading the texts (for choosing who is who). */
  static Participants peopleIn(Path file, ImportOptions options) {
    Map<Author, long[]> counts = new LinkedHashMap<>();
    Importers.read(
        file,
        options.withoutTexts(),
        entry -> counts.computeIfAbsent(entry.author(), a -> new long[1])[0]++);
    return people(counts);
  }

  private static Participants people(Map<Author, long[]> counts) {
    List<Author> authors = new ArrayList<>(counts.keySet());
    return Participants.of(authors, counts.values().stream().mapToLong(c -> c[0]).toArray());
  }

  /**
   * His sampled entries: from this survey, or, when he was not among the first writers, from one
   * more reading of the file that keeps only his.
   */
  List<Entry> hisSample(Optional<String> hisKey, Path file, ImportOptions options) {
    if (hisKey.isEmpty()) {
      return List.of();
    }
    List<Entry> known = samples.get(hisKey.get());
    if (known != null) {
      return known;
    }
    Sample his = new Sample();
    Importers.read(
        file,
        options,
        entry -> {
          if (entry.author().key().equals(hisKey.get())) {
            his.offer(entry);
          }
        });
    return his.entries();
  }

  /**
   * An evenly spread sample of one writer's non-blank entries, however many there are: every {@code
   * step}-th is kept, and each time the sample grows past its bounds every other kept entry is let
   * go and the step doubles. Bounded in entries and in characters (a hostile export's
   * million-character messages), so at most {@link #MOST} entries and about {@link #MOST_CHARS}
   * characters are held per writer.
   */
  static final class Sample {
    /** Twice the texts the language guess reads (it reads at most 4,000). */
    static final int MOST = 8_000;

    /** With {@link #SAMPLED_WRITERS}, at most 8M characters for a whole survey. */
    static final long MOST_CHARS = 500_000;

    /** A longer text keeps only its start: a few hundred words tell a language. */
    static final int MOST_CHARS_EACH = 1_000;

    private final List<Entry> kept = new ArrayList<>();
    private long seen;
    private long step = 1;
    private long chars;

    void offer(Entry entry) {
      if (entry.text().isBlank()) {
        return;
      }
      if (seen++ % step != 0) {
        return;
      }
      Entry cut = cut(entry);
      kept.add(cut);
      chars += cut.text().length();
      while (kept.size() > MOST || chars > MOST_CHARS) {
        halve();
      }
    }

    private void halve() {
      // Kept entries were seen at multiples of the step: keeping the even ones keeps multiples of
      // the doubled step, so the next entry taken is the next such multiple.
      List<Entry> half = new ArrayList<>(kept.size() / 2 + 1);
      chars = 0;
      for (int i = 0; i < kept.size(); i += 2) {
        half.add(kept.get(i));
        chars += kept.get(i).text().length();
      }
      kept.clear();
      kept.addAll(half);
      step *= 2;
    }

    private static Entry cut(Entry entry) {
      String text = entry.text();
      if (text.length() <= MOST_CHARS_EACH) {
        return entry;
      }
      return new Entry(
          entry.at(),
          entry.author(),
          entry.kind(),
          entry.channel(),
          text.substring(0, MOST_CHARS_EACH),
          entry.source(),
          entry.seconds(),
          entry.asks());
    }

    List<Entry> entries() {
      return List.copyOf(kept);
    }
  }
}
