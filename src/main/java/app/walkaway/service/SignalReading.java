package app.walkaway.service;

import app.walkaway.service.ServiceException.Problem;
import app.walkaway.signals.Signal;
import app.walkaway.signals.SignalDetector;
import java.util.List;

/** What his words signal, line by line, with the lexicons of the languages she chose. */
public final class SignalReading {
  private final SignalDetector detector;

  private SignalReading(SignalDetector detector) {
    this.detector = detector;
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
    return new SignalReading(SignalDetector.forLanguages(languages));
  }

  public List<Signal> read(String text) {
    return detector.read(text);
  }
}
