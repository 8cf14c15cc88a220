package app.walkaway.service;

import app.walkaway.vault.PlanStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Her settings, kept in the vault's key/value table beside her plan. The discreet name is also kept
 * in a small file beside the vault, because the lock screen must show it before the vault is open:
 * it is a name she chose to be neutral, so it tells nothing, and nothing else is kept outside the
 * encryption.
 */
public final class AppSettings {
  /** The same key the safety help lines read her country from. */
  static final String COUNTRY = "settings.country";

  static final String IDLE_MINUTES = "settings.idle-minutes";
  static final String APP_NAME = "settings.app-name";

  /** Beside vault.db; holds the discreet name alone, as UTF-8 text. */
  static final String NAME_FILE = "name.txt";

  private AppSettings() {}

  /** Her settings; the defaults for any she has not chosen. */
  public static Preferences read(VaultSession session) {
    return session.read(vault -> read(vault.plan()));
  }

  private static Preferences read(PlanStore store) {
    Optional<String> country = store.find(COUNTRY).filter(Preferences::isCountry);
    Duration idle = idleLock(store).orElse(Preferences.DEFAULTS.idleLock());
    return new Preferences(country, idle, store.find(APP_NAME));
  }

  /** The idle time she chose, if she chose one (else the session keeps the one it started with). */
  public static Optional<Duration> chosenIdleLock(VaultSession session) {
    return session.read(vault -> idleLock(vault.plan()));
  }

  private static Optional<Duration> idleLock(PlanStore store) {
    return store
        .find(IDLE_MINUTES)
        .filter(m -> m.matches("[0-9]{1,3}"))
        .map(m -> Duration.ofMinutes(Integer.parseInt(m)))
        .filter(d -> Preferences.IDLE_CHOICES.contains((int) d.toMinutes()));
  }

  /**
   * Stores her settings, applies the idle lock to this session at once, and writes the discreet
   * name beside the vault (or removes it there when she goes back to "Walkaway").
   */
  public static void save(VaultSession session, Preferences chosen) {
    session.write(
        vault ->
            vault.inTransaction(
                () -> {
                  PlanStore store = vault.plan();
                  put(store, COUNTRY, chosen.country());
                  store.put(IDLE_MINUTES, Long.toString(chosen.idleLock().toMinutes()));
                  put(store, APP_NAME, chosen.appName());
                  return null;
                }));
    session.idleLock(chosen.idleLock());
    writeName(nameFile(session.file()), chosen.appName());
  }

  private static void put(PlanStore store, String key, Optional<String> value) {
    if (value.isPresent()) {
      store.put(key, value.get());
    } else {
      store.remove(key);
    }
  }

  /** The discreet name, readable while the vault is locked; empty when none or unreadable. */
  public static Optional<String> discreetName(VaultPlace place) {
    Path file = nameFile(place.file());
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > 4 * Preferences.MAX_NAME) {
        return Optional.empty();
      }
      String name = Files.readString(file, StandardCharsets.UTF_8).strip();
      Preferences.requireName(name);
      return name.isEmpty() ? Optional.empty() : Optional.of(name);
    } catch (IOException | ServiceException e) {
      // A damaged name file only costs the discreet name: the app shows its own until she saves.
      return Optional.empty();
    }
  }

  static Path nameFile(Path vaultFile) {
    return vaultFile.resolveSibling(NAME_FILE);
  }

  private static void writeName(Path file, Optional<String> name) {
    try {
      if (name.isEmpty()) {
        Files.deleteIfExists(file);
        return;
      }
      Path next = file.resolveSibling(NAME_FILE + ".new");
      Files.writeString(next, name.get(), StandardCharsets.UTF_8);
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ServiceException(
          ServiceException.Problem.VAULT_FAILED, file + ": cannot keep the discreet name", e);
    }
  }
}
