package app.walkaway.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * For the launcher: copies sqlite-jdbc's native library for this machine out of its jar once, into
 * a folder the launcher then names with {@code -Dorg.sqlite.lib.path}. Without it sqlite-jdbc
 * unpacks the same 1 MB library into the temporary folder at every start. Should the copy be
 * missing or unusable, sqlite-jdbc falls back to unpacking it as before.
 */
final class NativeSqlite {
  private NativeSqlite() {}

  /** The library's file name, as sqlite-jdbc looks for it under {@code org.sqlite.lib.path}. */
  static String fileName() {
    String name = System.mapLibraryName("sqlitejdbc");
    return name.endsWith(".dylib") ? name.replace(".dylib", ".jnilib") : name;
  }

  /** Copies the library into {@code dir}; the copy's path, or empty if the jar has none. */
  static Optional<Path> extractTo(Path dir) throws IOException {
    String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/";
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource + fileName())) {
      if (in == null) {
        return Optional.empty();
      }
      Files.createDirectories(dir);
      Path partial = Files.createTempFile(dir, "sqlite", ".part");
      Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      // Whole or not at all: a JVM starting meanwhile never sees half a library.
      return Optional.of(
          Files.move(partial, dir.resolve(fileName()), StandardCopyOption.ATOMIC_MOVE));
    }
  }
}
