package app.walkaway.vault;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where her data lives: the folder given explicitly (tests, {@code --home}), else the system
 * property {@code walkaway.home}, else {@code $WALKAWAY_HOME}, else {@code ~/.walkaway}. The vault
 * is the file {@code vault.db} in it.
 *
 * @param home the data folder
 */
public record VaultLocation(Path home) {
  public static final String FILE_NAME = "vault.db";
  public static final String PROPERTY = "walkaway.home";
  public static final String ENV = "WALKAWAY_HOME";

  /** Resolves from the process's own property and environment. */
  public static VaultLocation resolve(Optional<Path> explicit) {
    return resolve(
        explicit, System.getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"));
  }

  static VaultLocation resolve(
      Optional<Path> explicit, String property, Map<String, String> env, String userHome) {
    if (explicit.isPresent()) {
      return new VaultLocation(explicit.get());
    }
    if (property != null && !property.isBlank()) {
      return new VaultLocation(Path.of(property));
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new VaultLocation(Path.of(fromEnv));
    }
    return new VaultLocation(Path.of(userHome, ".walkaway"));
  }

  public Path file() {
    return home.resolve(FILE_NAME);
  }
}
