package app.walkaway.service;

import app.walkaway.service.ServiceException.Problem;
import app.walkaway.signals.ChatLanguage;
import app.walkaway.signals.LanguageGuess;
import app.walkaway.signals.Signal;
import app.walkaway.signals.SignalDetector;
import java.util.List;

/**
 * What his words signal, line by line, with the lexicons of the languages she chose or of the
 * language the chat is written in.
 */
public final class SignalReading {
  private final SignalDetector detector;
  private final ChatLanguage language;

  private SignalReading(SignalDetector detector, ChatLanguage language) {
    this.detector = detector;
    this.language = language;
  }

  /**
   * A reader for one chat, with the lexicons of the language its messages are written in (told from
   * {@code sample}, e.g. its first few thousand messages). In a language without a lexicon only the
   * emoji rules and any languages it also uses are read: {@link #language()} says so.
   */
  public static SignalReading forChat(List<String> sample) {
    ChatLanguage language = LanguageGuess.of(sample);
    return new SignalReading(SignalDetector.forChat(language), language);
  }

  /** How many of a chat's first messages {@link #forChat} needs to tell its language. */
  public static int sampleSize() {
    return LanguageGuess.SAMPLE;
  }

  /**
   * The same reader asking the learned second opinion too: a message in which the rules find no red
   * flag may be shown as a possible one, for her to read (never used for a verdict).
   */
  public SignalReading withSecondOpinion() {
    return new SignalReading(detector.withSecondOpinion(), language);
  }

  /** The language this reader reads, as chosen or told. */
  public ChatLanguage language() {
    return language;
  }

  /** The languages there are lexicons for, e.g. en, de. */
  public static List<String> languages() {
    return SignalDetector.LANGUAGES;
  }

  /** A reader with these languages' lexicons; a {@link Problem#BAD_INPUT} for one without. */
  public static SignalReading of(List<String> languages) {
    for (String language : languages) {
      if (!SignalDetector.LANGUAGES.contains(language)) {
        throw new ServiceException(
            Problem.BAD_INPUT,
            "no lexicon for language '"
                + language
                + "' (expected one of "
                + String.join(", ", SignalDetector.LANGUAGES)
                + ")");
      }
    }
    return new SignalReading(
        SignalDetector.forLanguages(languages), new ChatLanguage.Read(languages));
  }

  public List<Signal> read(String text) {
    return detector.read(text);
  }
}
