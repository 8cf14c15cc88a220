package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/** sqlite-jdbc's real jar, cut down to this machine's library. */
class AppInputTest {
  @TempDir Path temp;

  @Test
  void keepsOnlyThisSystemsNativeLibraryAndLaysItBesideTheJars()
      throws IOException, URISyntaxException {
    Path jar =
        Path.of(SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path copy = temp.resolve("sqlite.jar");

    AppInput.keepOwnNativeOnly(jar, copy, temp.resolve("native"));

    String own = "org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/";
    List<String> natives = libraries(copy);
    assertThat(natives).hasSize(1).allMatch(name -> name.startsWith(own));
    String fileName = natives.get(0).substring(own.length());
    try (ZipFile zip = new ZipFile(copy.toFile())) {
      assertThat(temp.resolve("native").resolve(fileName))
          .hasBinaryContent(zip.getInputStream(zip.getEntry(natives.get(0))).readAllBytes());
      assertThat(zip.getEntry("org/sqlite/SQLiteJDBCLoader.class")).isNotNull();
    }
    assertThat(Files.size(copy)).isLessThan(Files.size(jar) / 5);
  }

  private static List<String> libraries(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream()
          .filter(e -> !e.isDirectory())
          .map(ZipEntry::getName)
          .filter(n -> n.startsWith("org/sqlite/native/") && !n.endsWith(".txt"))
          .collect(Collectors.toList());
    }
  }
}
