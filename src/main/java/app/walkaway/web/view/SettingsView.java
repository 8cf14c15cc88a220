package app.walkaway.web.view;

import java.util.List;
import java.util.Optional;

/**
 * The Settings page.
 *
 * @param appName her discreet name, or empty for "Walkaway"
 * @param idle the idle times to choose from, hers chosen
 * @param countries every country, hers chosen (or "not chosen yet")
 * @param notice what was just done, shown once
 * @param problems what to fix, beside the field it concerns
 */
public record SettingsView(
    String appName,
    List<Option> idle,
    List<Option> countries,
    Optional<String> notice,
    FieldProblems problems) {
  public SettingsView {
    idle = List.copyOf(idle);
    countries = List.copyOf(countries);
  }
}
