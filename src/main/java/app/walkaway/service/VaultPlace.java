package app.walkaway.service;

import app.walkaway.vault.VaultLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where her vault is: the file {@code vault.db} in her data folder.
 *
 * @param file the vault file
 */
public record VaultPlace(Path file) {
  public VaultPlace {
    Objects.requireNonNull(file, "file");
  }

  /**
   * The data folder given (tests, a hidden option), else the system property {@code walkaway.home},
   * else {@code $WALKAWAY_HOME}, else {@code ~/.walkaway}.
   */
  public static VaultPlace resolve(Optional<Path> home) {
    return new VaultPlace(VaultLocation.resolve(home).file());
  }

  /** The vault in this folder. */
  public static VaultPlace in(Path home) {
    return resolve(Optional.of(home));
  }

  public boolean exists() {
    return Files.isRegularFile(file);
  }

  /** Refuses early, before a passphrase is asked for that could not open anything. */
  public VaultPlace requireExisting() {
    if (!exists()) {
      throw new ServiceException(ServiceException.Problem.NO_VAULT, file + ": no vault here yet");
    }
    return this;
  }
}
