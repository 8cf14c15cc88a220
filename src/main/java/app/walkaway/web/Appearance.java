package app.walkaway.web;

import app.walkaway.service.AppSettings;
import app.walkaway.service.VaultPlace;
import java.util.Optional;

/**
 * The discreet name she chose, known while the vault is locked too (the lock screen and the window
 * title show it): read from beside the vault when the server starts, changed when she saves her
 * settings or wipes the vault.
 */
final class Appearance {
  private volatile Optional<String> name;

  Appearance(VaultPlace place) {
    this.name = AppSettings.discreetName(place);
  }

  Optional<String> name() {
    return name;
  }

  void name(Optional<String> chosen) {
    name = chosen;
  }
}
