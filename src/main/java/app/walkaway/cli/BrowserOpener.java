package app.walkaway.cli;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens an address in her usual browser, where there is one: the desktop's own opener (macOS {@code
 * open}, Windows' URL handler, {@code xdg-open} on a Linux desktop). Without a desktop (a server, a
 * container, SSH) nothing is started and the caller says to open the address by hand.
 */
final class BrowserOpener {
  private BrowserOpener() {}

  /** True when a browser was asked to open {@code address}. */
  static boolean open(URI address) {
    Optional<List<String>> command = command(address.toString());
    if (command.isEmpty()) {
      return false;
    }
    try {
      new ProcessBuilder(command.get())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<List<String>> command(String url) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return Optional.of(List.of("open", url));
    }
    if (os.contains("windows")) {
      return Optional.of(List.of("rundll32", "url.dll,FileProtocolHandler", url));
    }
    boolean desktop = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    return desktop && onPath("xdg-open") ? Optional.of(List.of("xdg-open", url)) : Optional.empty();
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (new File(folder, program).canExecute()) {
        return true;
      }
    }
    return false;
  }
}
