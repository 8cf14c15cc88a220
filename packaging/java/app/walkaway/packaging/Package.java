package app.walkaway.packaging;

import java.nio.file.Path;

/**
 * {@code ./mvnw -Ppackage package}: the app image and this system's installer. Arguments (the
 * profile passes them): the checkout's folder, the app's name ({@code -Dapp.name=Notes} for a
 * discreet build), and whether to make the installer as well as the image.
 */
public final class Package {
  private Package() {}

  public static void main(String[] args) {
    if (args.length != 3 || !(args[2].equals("installer") || args[2].equals("image-only"))) {
      throw new PackagingException(
          "usage: Package PROJECT-DIR APP-NAME installer|image-only (given: "
              + String.join(" ", args)
              + ")");
    }
    run(Layout.of(Path.of(args[0])), Identity.named(args[1]), args[2].equals("installer"));
  }

  static void run(Layout layout, Identity identity, boolean installer) {
    long start = System.nanoTime();
    AppImage.Built image = AppImage.build(layout, identity);
    say("modules in the runtime: " + String.join(", ", image.modules()));
    say("runtime: " + Trees.megabytes(Trees.size(image.runtime())) + " in " + image.runtime());
    say("app image: " + Trees.megabytes(Trees.size(image.folder())) + " in " + image.folder());
    if (installer) {
      Path made = Installer.build(layout, image);
      say("installer: " + Trees.megabytes(Trees.size(made)) + " in " + made);
    }
    say(String.format(java.util.Locale.ROOT, "done in %.1f s", (System.nanoTime() - start) / 1e9));
  }

  private static void say(String line) {
    System.out.println("[package] " + line);
  }
}
