package app.walkaway.packaging;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the app calls itself on her computer: the name under its icon, in the menu, in the process
 * list and in the package manager, and the icon. Built as "Walkaway", or under a neutral name she
 * (or whoever builds it for her) chooses, such as "Notes": then nothing the desktop shows says
 * Walkaway, and the icon is a plain notepad (issue 18, "Discretion").
 *
 * @param name the app's name, as the desktop shows it
 * @param discreet true for any name but Walkaway: neutral icon, description and package details
 */
record Identity(String name, boolean discreet) {
  static final String STANDARD_NAME = "Walkaway";

  // jpackage makes file names from it, and a desktop shows it: letters and digits, with single
  // spaces, dots or dashes between them.
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}]+([ .-][\\p{L}\\p{N}]+)*");
  private static final int LONGEST = 40;

  Identity {
    Objects.requireNonNull(name, "name");
  }

  /** The app as Walkaway, with its own icon. */
  static Identity standard() {
    return new Identity(STANDARD_NAME, false);
  }

  /** The app under {@code name}: discreet unless the name is Walkaway itself. */
  static Identity named(String name) {
    Objects.requireNonNull(name, "name");
    String trimmed = name.strip();
    if (trimmed.length() > LONGEST || !ALLOWED.matcher(trimmed).matches()) {
      throw new PackagingException(
          "the app's name '"
              + name
              + "' cannot be used: expected up to "
              + LONGEST
              + " letters and digits, with single spaces, dots or dashes between words"
              + " (for example: Notes)");
    }
    return trimmed.equals(STANDARD_NAME) ? standard() : new Identity(trimmed, true);
  }

  /** The package manager's name for it: lower case, dashes for spaces ("daily-notes"). */
  String packageName() {
    String lower = name.toLowerCase(Locale.ROOT).replace(' ', '-');
    // Debian package names: lower-case letters, digits, '+', '-', '.'; at least two characters.
    String ascii = lower.replaceAll("[^a-z0-9+.-]", "").replaceAll("^[^a-z0-9]+", "");
    if (ascii.isEmpty()) {
      return "app";
    }
    return ascii.length() >= 2 ? ascii : "app-" + ascii;
  }

  /** The icon's file name stem under packaging/icons. */
  String iconStem() {
    return discreet ? "neutral" : "walkaway";
  }

  /** One line the package manager and the menu show beside the name. */
  String description() {
    return discreet
        ? "Notes"
        : "A private companion for stepping back and reading his response honestly";
  }

  /** Who the package says made it; nothing in a discreet build. */
  String vendor() {
    return discreet ? name : STANDARD_NAME;
  }

  /** The main jar's file name inside the app. */
  String jarName() {
    return discreet ? "app.jar" : "walkaway.jar";
  }
}
