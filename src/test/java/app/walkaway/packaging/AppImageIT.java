package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image as she gets it: built from the packaged jar with jlink and jpackage (a JDK without
 * them fails here, it does not skip), then run as on a computer with no Java installed at all.
 */
class AppImageIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path EXAMPLE = PROJECT.resolve("examples/whatsapp-maya-and-sam.txt");

  private static AppImage.Built image;

  @TempDir static Path temp;

  @BeforeAll
  static void build() {
    image = AppImage.build(Layout.of(PROJECT), Identity.standard());
  }

  @Test
  void theRuntimeHoldsOnlyTheModulesTheAppNeeds() throws IOException {
    String release = Files.readString(image.folder().resolve("lib/runtime/release"));
    assertThat(release).contains("java.sql").contains("java.naming");
    assertThat(release).as("added for the web server's assets").contains("jdk.zipfs");
    assertThat(release).doesNotContain("java.desktop").doesNotContain("jdk.jlink");
    assertThat(image.folder().resolve("lib/runtime/lib/server/classes.jsa"))
        .as("the JDK's classes archived for a faster start")
        .isRegularFile();
  }

  @Test
  void theComputerHasNoJavaForTheApp() {
    Launched which =
        Launched.run(temp, noJava(), List.of("/bin/sh", "-c", "command -v java || echo none"));

    assertThat(which.output().strip()).isEqualTo("none");
  }

  @Test
  void openingTheAppRunsItsCommandWithItsOwnJava() {
    Launched opened = Launched.run(temp, noJava(), List.of(image.launcher().toString()));

    assertThat(opened.exit()).as(opened.output()).isZero();
    assertThat(opened.output())
        .isEqualTo("walkaway " + AppInput.version(Layout.of(PROJECT)) + "\n");
  }

  @Test
  void readsTheBundledExample() {
    Launched analyzed =
        app(
            noJava(),
            "analyze",
            EXAMPLE.toString(),
            "--me",
            "Maya",
            "--start",
            "2026-03-01",
            "--now",
            "2026-04-15T20:00");

    assertThat(analyzed.exit()).as(analyzed.output()).isZero();
    assertThat(analyzed.output()).contains("Your chat with Sam: 256 messages");
  }

  @Test
  void keepsAnEncryptedVaultWithSqliteFromItsOwnFolder() throws IOException {
    Path home = Files.createDirectories(temp.resolve("vault-home"));
    Path passphrase = Files.writeString(temp.resolve("passphrase"), "a long passphrase\n");
    Map<String, String> env = noJava();
    env.put("WALKAWAY_HOME", home.toString());
    // A temporary "folder" that is a file: were the app to unpack SQLite's library there instead
    // of loading the copy in its own folder, it could not open the vault.
    Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "");
    env.put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + notAFolder);
    String file = "--passphrase-file=" + passphrase;

    Launched init = app(env, "init", file);
    Launched imported = app(env, "import", EXAMPLE.toString(), "--me", "Maya", file);
    Launched exported = app(env, "export", "--json", file);

    assertThat(init.exit()).as(init.output()).isZero();
    assertThat(imported.exit()).as(imported.output()).isZero();
    assertThat(imported.output()).contains("256 added");
    assertThat(exported.output()).contains("\"events\"");
    assertThat(home.resolve("vault.db")).isRegularFile();
  }

  @Test
  void aDiscreetBuildShowsNothingOfWalkaway() throws IOException {
    AppImage.Built notes = AppImage.build(Layout.of(PROJECT), Identity.named("Notes"));

    assertThat(notes.launcher()).isEqualTo(notes.folder().resolve("bin/Notes")).isExecutable();
    assertThat(notes.folder().resolve("lib/Notes.png"))
        .hasSameBinaryContentAs(PROJECT.resolve("packaging/icons/neutral-256.png"));
    assertThat(namesUnder(notes.folder()))
        .noneMatch(name -> name.toLowerCase().contains("walkaway"));
    assertThat(notes.runtime()).as("one runtime, linked once for both").isEqualTo(image.runtime());
    Launched version = Launched.run(temp, noJava(), List.of(notes.launcher().toString()));
    assertThat(version.output()).startsWith("walkaway ");
  }

  private static Launched app(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(image.launcher().toString());
    command.addAll(List.of(args));
    return Launched.run(temp, env, command);
  }

  private static Map<String, String> noJava() {
    return NoJava.environment(temp.resolve("no-tools"));
  }

  private static List<String> namesUnder(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.map(p -> root.relativize(p).toString())
          .collect(java.util.stream.Collectors.toList());
    }
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
