package app.walkaway.service;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How she set Walkaway up: her country (for help numbers), how long it may sit idle before it
 * locks, and a discreet name to show instead of "Walkaway". Checked when built.
 *
 * @param country an ISO 3166 country code in capitals, e.g. GB; empty until she chooses one
 * @param idleLock after this long without her touching a page the vault locks; one of {@link
 *     #IDLE_CHOICES}
 * @param appName a neutral name for the window title, the top bar and the lock screen, e.g.
 *     "Notes"; empty for "Walkaway"
 */
public record Preferences(Optional<String> country, Duration idleLock, Optional<String> appName) {
  /** The idle times she can choose from, in minutes: short enough for a shared computer. */
  public static final List<Integer> IDLE_CHOICES = List.of(5, 10, 15, 30, 60);

  /** The longest discreet name: it has to fit a browser tab and the top bar of a phone. */
  public static final int MAX_NAME = 40;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public static final Preferences DEFAULTS =
      new Preferences(Optional.empty(), SessionSettings.DEFAULT_IDLE_LOCK, Optional.empty());

  public Preferences {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(idleLock, "idleLock");
    Objects.requireNonNull(appName, "appName");
    country.ifPresent(Preferences::requireCountry);
    if (!IDLE_CHOICES.contains((int) idleLock.toMinutes())
        || !idleLock.equals(Duration.ofMinutes(idleLock.toMinutes()))) {
      throw bad("the idle lock " + idleLock + " is not one of " + IDLE_CHOICES + " minutes");
    }
    appName = appName.map(String::strip).filter(name -> !name.isEmpty());
    appName.ifPresent(Preferences::requireName);
  }

  public Preferences withCountry(Optional<String> code) {
    return new Preferences(code, idleLock, appName);
  }

  public Preferences withIdleLock(Duration after) {
    return new Preferences(country, after, appName);
  }

  public Preferences withAppName(Optional<String> name) {
    return new Preferences(country, idleLock, name);
  }

  /** True for a code of the ISO 3166 list, in capitals. */
  public static boolean isCountry(String code) {
    return COUNTRIES.contains(code);
  }

  private static void requireCountry(String code) {
    if (!isCountry(code)) {
      throw bad("'" + code + "' is not a country code (expected two capitals such as GB)");
    }
  }

  /** Refuses what would not read as a name in a window title: too long, or control characters. */
  static void requireName(String name) {
    if (name.length() > MAX_NAME) {
      throw bad("the name is " + name.length() + " characters long; at most " + MAX_NAME + " fit");
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      throw bad("the name holds a control character; use letters, digits and spaces");
    }
  }

  private static ServiceException bad(String message) {
    return new ServiceException(ServiceException.Problem.BAD_INPUT, message);
  }
}
