package app.walkaway.packaging;

import java.util.Locale;

/** The system the build runs on: jpackage makes apps and installers for that one only. */
enum Platform {
  LINUX,
  WINDOWS,
  MAC;

  static Platform current() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      return WINDOWS;
    }
    return os.startsWith("mac") ? MAC : LINUX;
  }

  /** The installer jpackage makes here: a .deb, an .msi or a .dmg. */
  String installerType() {
    switch (this) {
      case WINDOWS:
        return "msi";
      case MAC:
        return "dmg";
      default:
        return "deb";
    }
  }

  /** The icon format jpackage takes here. */
  String iconExtension() {
    switch (this) {
      case WINDOWS:
        return "ico";
      case MAC:
        return "icns";
      default:
        return "png";
    }
  }

  /** The app image's folder name under its destination: macOS wraps it in a bundle. */
  String imageFolder(String name) {
    return this == MAC ? name + ".app" : name;
  }

  /**
   * The version jpackage is given here. macOS bundles need a first number of 1 or more (jpackage
   * refuses 0.x there), so 0.x.y becomes 1.x.y in the bundle's Info.plist only; the app's own
   * {@code --version} still says the real one.
   */
  String appVersion(String version) {
    return this == MAC && version.startsWith("0.") ? "1" + version.substring(1) : version;
  }
}
