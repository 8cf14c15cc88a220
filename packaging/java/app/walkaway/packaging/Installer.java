package app.walkaway.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The installer for this system, made from the app image: a .deb on Linux, an .msi on Windows
 * (needs the WiX Toolset 3 on the PATH), a .dmg on macOS. Each installs for her alone where the
 * system allows, with a menu entry under the app's (possibly discreet) name.
 */
final class Installer {
  private Installer() {}

  /** Makes the installer under target/package/installer; returns its file. */
  static Path build(Layout layout, AppImage.Built image) {
    Platform platform = Platform.current();
    Path dest = layout.installers();
    Trees.delete(dest);
    Path resources = resources(layout, image.identity());
    JdkTools.run("jpackage", arguments(layout, image, platform, resources));
    try (Stream<Path> made = Files.list(dest)) {
      return made.filter(p -> p.toString().endsWith("." + platform.installerType()))
          .findFirst()
          .orElseThrow(() -> new PackagingException("jpackage made no installer in " + dest));
    } catch (IOException e) {
      throw new UncheckedIOException(dest + ": cannot list", e);
    }
  }

  static List<String> arguments(
      Layout layout, AppImage.Built image, Platform platform, Path resources) {
    Identity identity = image.identity();
    List<String> args = new ArrayList<>();
    add(args, "--type", platform.installerType());
    add(args, "--app-image", image.folder().toString());
    add(args, "--name", identity.name());
    add(args, "--app-version", platform.appVersion(AppInput.version(layout)));
    add(args, "--description", identity.description());
    add(args, "--vendor", identity.vendor());
    add(args, "--dest", layout.installers().toString());
    add(args, "--resource-dir", resources.toString());
    switch (platform) {
      case LINUX:
        add(args, "--linux-package-name", identity.packageName());
        add(args, "--linux-deb-maintainer", identity.packageName() + "@localhost");
        add(args, "--linux-menu-group", "Utility");
        add(args, "--linux-app-category", "utils");
        args.add("--linux-shortcut");
        break;
      case WINDOWS:
        // For her alone: no administrator needed, nothing in other accounts' menus.
        args.add("--win-per-user-install");
        args.add("--win-menu");
        add(args, "--win-menu-group", identity.name());
        args.add("--win-shortcut");
        // The same for every build of one name, so a newer installer replaces the older app.
        add(args, "--win-upgrade-uuid", upgradeUuid(identity).toString());
        break;
      case MAC:
        add(args, "--mac-package-name", identity.name());
        break;
    }
    return args;
  }

  static UUID upgradeUuid(Identity identity) {
    return UUID.nameUUIDFromBytes(
        ("walkaway-installer:" + identity.name()).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * jpackage's templates, replaced where they would say too much or too little. On Linux: the menu
   * entry, which names only the app and tells the desktop not to show a busy "Starting ..." notice
   * (no window of its own ever appears: the page opens in her browser); and the menu's icon, which
   * a .deb made from an app image would otherwise take from jpackage (a coffee cup); and the
   * install and removal scripts (packaging/linux), which do not fail when the system has no desktop
   * menu, as jpackage's do (seen: dpkg left the package half-installed, and unremovable).
   */
  static Path resources(Layout layout, Identity identity) {
    Path dir = layout.work().resolve("resources-" + identity.packageName());
    Trees.delete(dir);
    try {
      Files.createDirectories(dir);
      if (Platform.current() == Platform.LINUX) {
        Files.writeString(
            dir.resolve(identity.name() + ".desktop"),
            desktopEntry(identity),
            StandardCharsets.UTF_8);
        Files.copy(layout.icon(identity.iconStem(), 256), dir.resolve(identity.name() + ".png"));
        for (String script : List.of("postinst", "prerm")) {
          Files.copy(layout.project().resolve("packaging/linux/" + script), dir.resolve(script));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot write the installer's resources", e);
    }
    return dir;
  }

  /** The Linux menu entry; jpackage fills in the launcher's and the icon's installed paths. */
  static String desktopEntry(Identity identity) {
    return String.join(
        "\n",
        "[Desktop Entry]",
        "Name=" + identity.name(),
        "Comment=" + identity.description(),
        "Exec=APPLICATION_LAUNCHER",
        "Icon=APPLICATION_ICON",
        "Terminal=false",
        "Type=Application",
        "Categories=Utility;",
        "StartupNotify=false",
        "");
  }

  private static void add(List<String> args, String option, String value) {
    args.add(option);
    args.add(value);
  }
}
