package app.walkaway.packaging;

import java.util.List;

/** How the app starts when she opens it: which command, and with which JVM options. */
final class Launch {
  private Launch() {}

  /**
   * The command opening the app runs (a command line given to the app's launcher replaces it, so
   * {@code Walkaway --version} still works): the web app in app mode, on a free port, with her
   * browser opened on the page (or the page already served, when the app is open), stopping and
   * locking the vault once she has closed the page. Her discreet name, chosen in Settings, is read
   * at run time, so one build serves every name.
   */
  static List<String> arguments(Identity identity) {
    return List.of("serve", "--app");
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
