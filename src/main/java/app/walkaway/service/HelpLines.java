package app.walkaway.service;

import app.walkaway.safety.help.CountryHelp;
import app.walkaway.safety.help.HelpDirectory;
import app.walkaway.vault.Vault;
import java.util.Optional;

/**
 * Whom to call in her country: the country given now (an option, a form field) or the one saved in
 * her settings, looked up in the shipped directory.
 */
public final class HelpLines {
  /** Her country in the plan table, as an ISO code; the web app's settings page writes it too. */
  public static final String COUNTRY_KEY = "settings.country";

  private HelpLines() {}

  public static Optional<String> savedCountry(Vault vault) {
    return vault.plan().find(COUNTRY_KEY);
  }

  /** Saves her country after checking numbers are kept for it; returns them. */
  public static CountryHelp saveCountry(Vault vault, String country) {
    CountryHelp help = HelpDirectory.load().require(country);
    vault.plan().put(COUNTRY_KEY, help.country());
    return help;
  }

  /**
   * The numbers for the country given now, else the saved one; empty when neither is known. A
   * country given but not kept is an error that says which are.
   */
  public static Optional<CountryHelp> find(Optional<String> given, Optional<String> saved) {
    Optional<String> country = given.isPresent() ? given : saved;
    return country.map(c -> HelpDirectory.load().require(c));
  }
}
