package app.walkaway.service;

import app.walkaway.safety.help.CountryHelp;
import app.walkaway.safety.help.HelpDirectory;
import app.walkaway.safety.help.HelpException;
import app.walkaway.service.ServiceException.Problem;
import java.util.Optional;

/**
 * Whom to call in her country: the country given now (an option, a form field) or the one saved in
 * her settings ({@link AppSettings}), looked up in the shipped directory.
 */
public final class HelpLines {
  private HelpLines() {}

  /** The country saved in her settings, if she chose one. */
  public static Optional<String> savedCountry(VaultSession session) {
    return AppSettings.read(session).country();
  }

  /** Saves her country after checking numbers are kept for it; returns them. */
  public static CountryHelp saveCountry(VaultSession session, String country) {
    CountryHelp help = require(country);
    AppSettings.save(session, AppSettings.read(session).withCountry(Optional.of(help.country())));
    return help;
  }

  /**
   * The numbers for the country given now, else the saved one; empty when neither is known, or when
   * the saved country is one no confirmed numbers are kept for (Settings offers every country). A
   * country given now but not kept is an error that says which are.
   */
  public static Optional<CountryHelp> find(Optional<String> given, Optional<String> saved) {
    if (given.isPresent()) {
      return Optional.of(require(given.get()));
    }
    return saved.flatMap(c -> HelpDirectory.load().find(c));
  }

  /** The numbers kept for {@code country}, or a plain error naming the countries there are. */
  public static CountryHelp require(String country) {
    try {
      return HelpDirectory.load().require(country);
    } catch (HelpException e) {
      throw new ServiceException(Problem.BAD_INPUT, e.getMessage(), e);
    }
  }

  /** The countries numbers are kept for, as ISO codes. */
  public static java.util.Set<String> countries() {
    return HelpDirectory.load().countries();
  }
}
