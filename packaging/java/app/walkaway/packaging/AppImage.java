package app.walkaway.packaging;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The app image: a folder holding the app, its own trimmed Java runtime and a native launcher, that
 * runs where it is put, with no Java installed. Installers are made from it.
 */
final class AppImage {
  static final String MAIN_CLASS = "app.walkaway.Main";

  private AppImage() {}

  /** What a build made, and what it was made from. */
  record Built(Path folder, Path runtime, List<String> modules, Identity identity) {
    /** The launcher she opens (on macOS inside the bundle). */
    Path launcher() {
      switch (Platform.current()) {
        case WINDOWS:
          return folder.resolve(identity.name() + ".exe");
        case MAC:
          return folder.resolve("Contents/MacOS/" + identity.name());
        default:
          return folder.resolve("bin/" + identity.name());
      }
    }
  }

  /** Builds the app image for this machine under target/package/image; returns where. */
  static Built build(Layout layout, Identity identity) {
    layout.requireBuilt();
    List<String> modules = ModuleSet.required(layout);
    Path runtime = LinkedRuntime.ensure(layout, modules);
    Path input = AppInput.stage(layout, identity);
    Path icon = icon(layout, identity);
    Path folder = layout.images().resolve(Platform.current().imageFolder(identity.name()));
    Trees.delete(folder); // jpackage will not write over an earlier image
    String version = Platform.current().appVersion(AppInput.version(layout));
    JdkTools.run("jpackage", arguments(layout, identity, runtime, input, icon, version));
    return new Built(folder, runtime, modules, identity);
  }

  static List<String> arguments(
      Layout layout, Identity identity, Path runtime, Path input, Path icon, String version) {
    List<String> args = new ArrayList<>();
    add(args, "--type", "app-image");
    add(args, "--name", identity.name());
    add(args, "--app-version", version);
    add(args, "--description", identity.description());
    add(args, "--vendor", identity.vendor());
    add(args, "--input", input.toString());
    add(args, "--main-jar", identity.jarName());
    add(args, "--main-class", MAIN_CLASS);
    add(args, "--runtime-image", runtime.toString());
    add(args, "--icon", icon.toString());
    add(args, "--dest", layout.images().toString());
    add(args, "--java-options", joined(Launch.javaOptions()));
    add(args, "--arguments", joined(Launch.arguments(identity)));
    return args;
  }

  /**
   * Several values as one option value, the way jpackage splits it again: on spaces, with double
   * quotes around a value that has one. It starts with a space: jpackage would take a first value
   * such as "--version" for an option of its own.
   */
  static String joined(List<String> values) {
    StringBuilder line = new StringBuilder();
    for (String value : values) {
      line.append(' ').append(value.contains(" ") ? '"' + value + '"' : value);
    }
    return line.toString();
  }

  private static void add(List<String> args, String option, String value) {
    args.add(option);
    args.add(value);
  }

  /** The icon in this system's format: the PNG itself on Linux, assembled on Windows and macOS. */
  static Path icon(Layout layout, Identity identity) {
    String stem = identity.iconStem();
    Platform platform = Platform.current();
    if (platform == Platform.LINUX) {
      return layout.icon(stem, 256);
    }
    Map<Integer, Path> pngs = new TreeMap<>();
    for (int size : List.of(16, 32, 48, 64, 128, 256, 512, 1024)) {
      pngs.put(size, layout.icon(stem, size));
    }
    Path icon = layout.work().resolve("icons/" + stem + "." + platform.iconExtension());
    if (platform == Platform.WINDOWS) {
      IconFiles.writeIco(pngs, icon);
    } else {
      IconFiles.writeIcns(pngs, icon);
    }
    return icon;
  }
}
