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
 * Finds signals in his words. Every lexicon it was built with is applied to every message. A chat's
 * own detector applies the lexicons of the languages it is written in ({@link #forChat}, told by
 * {@link LanguageGuess}): words of one language can mean something else in another (Italian "sei",
 * "you are", is Portuguese for "I know"). Thread-safe once built.
 */
public final class SignalDetector {
  /** The languages shipped in resources, one {@code <code>.lexicon} file each. */
  public static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "pt", "it");

  /** Lexicons are read once per process and shared: they are immutable. */
  private static final Map<String, Lexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

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

  /** A detector over lexicons built elsewhere (tests). */
  static SignalDetector of(List<Lexicon> lexicons) {
    return new SignalDetector(lexicons, List.of());
  }

  /** All shipped languages. */
  public static SignalDetector standard() {
    return STANDARD;
  }

  /** Only the given languages, e.g. {@code List.of("en")}, plus the language-free emoji rules. */
  public static SignalDetector forLanguages(List<String> languages) {
    List<Lexicon> lexicons = new ArrayList<>();
    lexicons.add(lexicon("common"));
    List<String> resources = new ArrayList<>(List.of("common.lexicon"));
    for (String language : languages) {
      if (!LANGUAGES.contains(language)) {
        throw new IllegalArgumentException(
            "no lexicon for language '" + language + "' (expected one of " + LANGUAGES + ")");
      }
      lexicons.add(lexicon(language));
      resources.add(language + ".lexicon");
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

  /** The lexicons a chat's language calls for. */
  public static SignalDetector forChat(ChatLanguage language) {
    Objects.requireNonNull(language, "language");
    return forLanguages(language.lexicons());
  }

  /** The language of a chat, told from his messages in it (only his words are read). */
  public static ChatLanguage languageOf(List<Event> events) {
    Objects.requireNonNull(events, "events");
    List<String> his = new ArrayList<>();
    for (Event event : events) {
      if (event.who() == Actor.THEM && !event.text().isBlank()) {
        his.add(event.text());
      }
    }
    return LanguageGuess.of(his);
  }

  private static Lexicon lexicon(String language) {
    return LOADED.computeIfAbsent(language, SignalDetector::load);
  }

  private static Lexicon load(String language) {
    String resource = language + ".lexicon";
    try (InputStream in = SignalDetector.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no lexicon for language '" + language + "'");
      }
      return LexiconReader.read(language, in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The signals in one text, in the order they appear; at most one per rule. */
  public List<Signal> read(String text) {
    Objects.requireNonNull(text, "text");
    List<Token> tokens = Tokenizer.tokens(text);
    Map<String, Signal> found = new LinkedHashMap<>();
    for (Lexicon lexicon : lexicons) {
      lexicon.apply(text, tokens).forEach(s -> found.putIfAbsent(s.rule(), s));
    }
    if (lexicons.size() > 1 && !found.isEmpty()) {
      dropOtherLanguagesIdioms(tokens, found);
    }
    List<Signal> out = new ArrayList<>(found.values());
    out.sort(Comparator.comparingInt(Signal::start));
    return List.copyOf(out);
  }

  /**
   * With several languages at once, one language's everyday phrase can hold another's rule word
   * ("sorry to hear" and the German rule "sorry"): an idiom of any lexicon blocks what it overlaps.
   */
  private void dropOtherLanguagesIdioms(List<Token> tokens, Map<String, Signal> found) {
    List<Lexicon.Blocked> idioms = new ArrayList<>();
    for (Lexicon lexicon : lexicons) {
      idioms.addAll(lexicon.idioms(tokens));
    }
    found.values().removeIf(s -> idioms.stream().anyMatch(b -> b.blocks(s)));
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
