package app.walkaway.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final String PASSPHRASE = "a-long-passphrase-for-the-app";

  /** Keeps the session cookie, as her browser does: the guard binds the page's token to it. */
  private static final HttpClient HTTP =
      HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

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
  void openingTheAppServesThePageAndStopsOnceThePageIsClosed() throws Exception {
    Map<String, String> env = headless(vaultWithPassphrase("app-home"));
    try (Serving app = Serving.start(temp, env, List.of(image.launcher().toString()))) {
      URI address = app.address(Duration.ofSeconds(60));
      assertThat(app.output())
          .startsWith("Walkaway is open at " + address + "\n")
          .contains("Close the page to stop; your vault locks.");
      HttpResponse<String> first = get(address);
      assertThat(first.statusCode()).isEqualTo(303);
      assertThat(first.headers().firstValue("Location")).contains("/unlock");
      HttpResponse<String> unlock = get(address.resolve("/unlock"));
      assertThat(unlock.statusCode()).isEqualTo(200);
      assertThat(unlock.body()).contains("<title>Walkaway</title>").contains("/assets/alive.js");
      HttpResponse<String> unlocked =
          post(address.resolve("/unlock"), "passphrase=" + PASSPHRASE + "&csrf=" + csrf(unlock));
      assertThat(unlocked.headers().firstValue("Location")).contains("/today");
      assertThat(vaultCommand(env).output())
          .as("the open vault is held by the app")
          .contains("another Walkaway is using this vault");

      Launched again = Launched.run(temp, env, List.of(image.launcher().toString()));
      assertThat(again.exit()).as(again.output()).isZero();
      assertThat(again.output())
          .isEqualTo(
              "Walkaway is already open at "
                  + address
                  + "\nOpen that address in your web browser.\n");

      // The page's beat carries the page's token, like every POST (the guard refuses it without).
      String page = "page=app-image-test-1&csrf=" + csrf(get(address.resolve("/today")));
      assertThat(post(address.resolve("/alive"), page).statusCode()).isEqualTo(204);
      assertThat(post(address.resolve("/alive"), page + "&gone=1").statusCode()).isEqualTo(204);
      assertThat(app.exitWithin(Duration.ofSeconds(40))).as(app.output()).isZero();
      assertThat(app.output()).endsWith("Stopped. Your vault is locked.\n");
    }
    Launched after = vaultCommand(env);
    assertThat(after.exit()).as("the vault's lock is let go: " + after.output()).isZero();
    assertThat(Path.of(env.get("WALKAWAY_HOME")).resolve("serving")).doesNotExist();
  }

  @Test
  void stopsAndLocksWhenTheSystemAsksItTo() throws Exception {
    Map<String, String> env = headless(vaultWithPassphrase("term-home"));
    try (Serving app = Serving.start(temp, env, List.of(image.launcher().toString()))) {
      URI address = app.address(Duration.ofSeconds(60));
      HttpResponse<String> unlock = get(address.resolve("/unlock"));
      post(address.resolve("/unlock"), "passphrase=" + PASSPHRASE + "&csrf=" + csrf(unlock));

      app.terminate();

      assertThat(app.exitWithin(Duration.ofSeconds(30))).isEqualTo(128 + 15);
      assertThat(app.output()).endsWith("Stopped. Your vault is locked.\n");
    }
    assertThat(vaultCommand(env).exit()).isZero();
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
    Launched version =
        Launched.run(temp, noJava(), List.of(notes.launcher().toString(), "--version"));
    assertThat(version.output())
        .isEqualTo("walkaway " + AppInput.version(Layout.of(PROJECT)) + "\n");
  }

  private static Launched app(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(image.launcher().toString());
    command.addAll(List.of(args));
    return Launched.run(temp, env, command);
  }

  /** A vault made by the app's own command line, locked, in a folder of its own. */
  private static Map<String, String> vaultWithPassphrase(String folder) throws IOException {
    Map<String, String> env = noJava();
    env.put("WALKAWAY_HOME", Files.createDirectories(temp.resolve(folder)).toString());
    Launched init = app(env, "init", "--passphrase-file=" + passphraseFile());
    assertThat(init.exit()).as(init.output()).isZero();
    return env;
  }

  /** A command that needs the vault: refused while the app holds it open. */
  private static Launched vaultCommand(Map<String, String> env) throws IOException {
    return app(env, "export", "--json", "--passphrase-file=" + passphraseFile());
  }

  private static Path passphraseFile() throws IOException {
    return Files.writeString(temp.resolve("app-passphrase"), PASSPHRASE + "\n");
  }

  /** No desktop to open a browser on (as on CI): the app says to open the address instead. */
  private static Map<String, String> headless(Map<String, String> env) {
    List.of("DISPLAY", "WAYLAND_DISPLAY", "BROWSER").forEach(env::remove);
    return env;
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher field = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(field.find()).as("a csrf field in " + page.body()).isTrue();
    return field.group(1);
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(URI uri, String form)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
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
