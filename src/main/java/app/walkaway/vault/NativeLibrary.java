package app.walkaway.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Where sqlite-jdbc loads SQLite's native library from: one private copy, made once and then
 * reused, named to sqlite-jdbc with {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}
 * before its first connection.
 *
 * <p>Why: left to itself, sqlite-jdbc unpacks the 1 MB library into the temporary folder at every
 * start (a killed run leaves it there for good), and to find the library in its jar it asks {@code
 * OSInfo}, which on Linux starts {@code uname -o} through the PATH: a child process that inherits
 * the environment, {@code WALKAWAY_PASSPHRASE} included (Java cannot remove a variable from its own
 * environment). With the library found at the named path, sqlite-jdbc starts no process at all.
 *
 * <p>The copy lives in {@code walkaway.nativeDir} if that is set (tests), else her cache folder
 * ({@code $XDG_CACHE_HOME/walkaway/native}, {@code ~/.cache/walkaway/native}, macOS {@code
 * ~/Library/Caches}, Windows {@code %LOCALAPPDATA%}), in a subfolder per sqlite-jdbc version and
 * platform, private to her (0700). When {@code org.sqlite.lib.path} is already set (the launcher
 * sets it to its own copy) that choice stands. On a platform not listed here, or if the folder
 * cannot be written, sqlite-jdbc does as it always did.
 */
final class NativeLibrary {
  static final String DIR_PROPERTY = "walkaway.nativeDir";
  private static final String LIB_PATH = "org.sqlite.lib.path";
  private static final String LIB_NAME = "org.sqlite.lib.name";
  private static boolean prepared;

  private NativeLibrary() {}

  /** Names the private copy to sqlite-jdbc, making it first if needed; at most once a run. */
  static synchronized void prepare() {
    if (prepared) {
      return;
    }
    prepared = true;
    if (System.getProperty(LIB_PATH) != null) {
      return;
    }
    Optional<String> platform = platform();
    Optional<Path> home = home();
    if (platform.isEmpty() || home.isEmpty()) {
      return;
    }
    String name = fileName();
    URL resource =
        NativeLibrary.class.getResource("/org/sqlite/native/" + platform.get() + "/" + name);
    if (resource == null) {
      return;
    }
    Path dir = home.get().resolve(version() + "-" + platform.get().replace('/', '-'));
    try {
      copyOnce(resource, dir, name);
      System.setProperty(LIB_PATH, dir.toString());
      System.setProperty(LIB_NAME, name);
    } catch (IOException | RuntimeException e) {
      // sqlite-jdbc then unpacks its own copy as before: slower and untidy, not wrong.
    }
  }

  /** The library's folder in sqlite-jdbc's jar, without asking OSInfo (which starts uname). */
  static Optional<String> platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = arch(System.getProperty("os.arch", "").toLowerCase(Locale.ROOT));
    if (arch == null
        || System.getProperty("java.runtime.name", "")
            .toLowerCase(Locale.ROOT)
            .contains("android")) {
      return Optional.empty();
    }
    if (os.contains("windows")) {
      return Optional.of("Windows/" + arch);
    }
    if (os.contains("mac") || os.contains("darwin")) {
      return Optional.of("Mac/" + arch);
    }
    if (os.contains("freebsd")) {
      return Optional.of("FreeBSD/" + arch);
    }
    // musl (Alpine) has its own build; OSInfo tells it by the C library, we leave it to OSInfo.
    if (os.contains("linux") && !Files.exists(Path.of("/etc/alpine-release"))) {
      return Optional.of("Linux/" + arch);
    }
    return Optional.empty();
  }

  private static String arch(String osArch) {
    return switch (osArch) {
      case "amd64", "x86_64", "x64" -> "x86_64";
      case "aarch64", "arm64" -> "aarch64";
      default -> null;
    };
  }

  /** The file name sqlite-jdbc looks for under {@code org.sqlite.lib.path}. */
  static String fileName() {
    String name = System.mapLibraryName("sqlitejdbc");
    return name.endsWith(".dylib") ? name.replace(".dylib", ".jnilib") : name;
  }

  private static Optional<Path> home() {
    String chosen = System.getProperty(DIR_PROPERTY);
    if (chosen != null && !chosen.isBlank()) {
      return Optional.of(Path.of(chosen));
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String userHome = System.getProperty("user.home");
    if (os.contains("windows")) {
      return Optional.ofNullable(System.getenv("LOCALAPPDATA"))
          .map(p -> Path.of(p, "walkaway", "native"));
    }
    if (userHome == null) {
      return Optional.empty();
    }
    if (os.contains("mac")) {
      return Optional.of(Path.of(userHome, "Library", "Caches", "walkaway", "native"));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cache = xdg != null && xdg.startsWith("/") ? Path.of(xdg) : Path.of(userHome, ".cache");
    return Optional.of(cache.resolve("walkaway").resolve("native"));
  }

  private static String version() {
    // Reads the version from sqlite-jdbc's jar; loading the class does not load the library.
    return "sqlite-jdbc-" + SQLiteJDBCLoader.getVersion();
  }

  /**
   * Copies the library into {@code dir} unless a copy of the same size is there: whole or not at
   * all (a temporary file renamed), so a run starting meanwhile never loads half a library.
   */
  private static void copyOnce(URL resource, Path dir, String name) throws IOException {
    Path target = dir.resolve(name);
    long size = resource.openConnection().getContentLengthLong();
    if (Files.isRegularFile(target) && size > 0 && Files.size(target) == size) {
      return;
    }
    if (VaultFiles.posix()) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(VaultFiles.FOLDER));
    } else {
      Files.createDirectories(dir);
    }
    FileAttribute<?>[] attrs =
        VaultFiles.posix()
            ? new FileAttribute<?>[] {
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
            }
            : new FileAttribute<?>[0];
    Path partial = Files.createTempFile(dir, name, ".partial", attrs);
    try (InputStream in = resource.openStream();
        OutputStream out = Files.newOutputStream(partial)) {
      in.transferTo(out); // into the private file as created, keeping its 0700
      out.close();
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
