package app.walkaway.safety.help;

import java.util.List;
import java.util.Objects;

/**
 * The lines for one country, emergency first.
 *
 * @param country ISO 3166 code, e.g. {@code GB}
 * @param emergency police, ambulance, fire: never empty
 * @param support the country's own helplines, then EU-wide ones whose numbers it does not already
 *     list (for EU members only)
 */
public record CountryHelp(String country, List<HelpLine> emergency, List<HelpLine> support) {
  public CountryHelp {
    Objects.requireNonNull(country, "country");
    emergency = List.copyOf(emergency);
    support = List.copyOf(support);
    if (emergency.isEmpty()) {
      throw new IllegalArgumentException(country + ": no emergency number");
    }
  }

  /** The first emergency number: the one to show at all times. */
  public HelpNumber firstEmergencyNumber() {
    return emergency.get(0).numbers().get(0);
  }
}
