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
}
