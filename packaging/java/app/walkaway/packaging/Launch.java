package app.walkaway.packaging;

import java.util.List;

/** How the app starts when she opens it: which command, and with which JVM options. */
final class Launch {
  private Launch() {}

  /**
   * The command opening the app runs (a command line given to the app's launcher replaces it, so
   * {@code Walkaway --version} still works). Until the web app lands this prints the version; then
   * it becomes the web app in app mode, which opens her browser on the page and stops, locking the
   * vault, when the page is closed.
   */
  static List<String> arguments(Identity identity) {
    return List.of("--version");
  }

  /**
   * The JVM's options. One person's server on her own computer: the serial collector keeps its
   * memory small; no performance-data file in the temporary folder (nobody watches it, and it would
   * show a Java program's name to anyone listing that folder); JVM warnings only, on standard
   * error; SQLite's native library from the app's own folder ($APPDIR is jpackage's name for it at
   * run time).
   */
  static List<String> javaOptions() {
    return List.of(
        "-XX:+UseSerialGC",
        "-XX:-UsePerfData",
        "-Xlog:disable",
        "-Xlog:all=warning:stderr",
        "-Dorg.sqlite.lib.path=$APPDIR/" + AppInput.NATIVE_FOLDER);
  }
}
