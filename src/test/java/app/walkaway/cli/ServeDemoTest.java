package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.web.view.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code walkaway serve --demo}: a throwaway vault of invented data, labelled on every page, never
 * her own vault, and gone when it stops (or at the next start, when it was killed).
 */
class ServeDemoTest {
  static final String RIBBON = "Demo — invented data";
  static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  @TempDir Path temp;
  @TempDir Path home;

  @Test
  void everyPageWearsTheRibbonAndStoppingDeletesTheDemo() throws Exception {
    ServeCommand.Running running = startInProcess("--demo");
    Path folder = running.served().demoFolder().orElseThrow();
    try {
      assertThat(folder).startsWith(temp).isDirectory();
      assertThat(folder.resolve("vault.db")).isRegularFile();
      for (Section section : Section.values()) {
        String page = get(running, section.path()).body();
        assertThat(page).as(section.path()).contains(RIBBON);
      }
      assertThat(get(running, "/insights").statusCode()).isEqualTo(200);
      assertThat(get(running, "/safety").statusCode()).isEqualTo(200);
    } finally {
      running.stop();
    }
    assertThat(folder).doesNotExist();
    assertThat(temp).isEmptyDirectory();
    assertThat(home).isEmptyDirectory();
  }

  @Test
  void afterALockTheDemoOpensWithThePassphraseItShows() throws Exception {
    ServeCommand.Running running = startInProcess("--demo=silence");
    try {
      String open = get(running, "/safety").body();
      post(running, "/lock", "csrf=" + csrf(open));
      HttpResponse<String> lockScreen = get(running, "/today");
      assertThat(lockScreen.uri().getPath()).isEqualTo("/unlock");
      assertThat(lockScreen.body())
          .contains(RIBBON)
          .contains(
              "The demo's passphrase is <span class=\"demo-passphrase\">“walkaway demo”</span>.");

      // A lock draws a new token: the lock screen's own is the one that counts now.
      assertThat(csrf(lockScreen.body())).isNotEqualTo(csrf(open));
      HttpResponse<String> opened =
          post(running, "/unlock", "passphrase=walkaway+demo&csrf=" + csrf(lockScreen.body()));
      assertThat(opened.uri().getPath()).isNotEqualTo("/unlock");
      assertThat(get(running, "/safety").uri().getPath()).isEqualTo("/safety");
      assertThat(get(running, "/import").body())
          .as("the story's own import, shown again after the lock")
          .contains("messages and events are now in your vault");
    } finally {
      running.stop();
    }
  }

  @Test
  void theDemoKeepsItsPassphraseAndSavesNoBackupOutsideItsFolder(@TempDir Path usb)
      throws Exception {
    ServeCommand.Running running = startInProcess("--demo");
    try {
      String token = csrf(get(running, "/settings").body());
      HttpResponse<String> changed =
          post(
              running,
              "/settings/passphrase",
              "current=walkaway+demo&new=another+one+here&again=another+one+here&csrf=" + token);
      assertThat(changed.body()).contains("In the demo the passphrase stays");
      HttpResponse<String> saved =
          post(
              running,
              "/settings/backup-folder",
              "folder="
                  + URLEncoder.encode(usb.toString(), StandardCharsets.UTF_8)
                  + "&csrf="
                  + token);
      assertThat(saved.body()).contains("The demo saves nothing outside its own folder");
      assertThat(usb).isEmptyDirectory();

      post(running, "/lock", "csrf=" + token);
      String lockScreen = get(running, "/unlock").body();
      HttpResponse<String> opened =
          post(running, "/unlock", "passphrase=walkaway+demo&csrf=" + csrf(lockScreen));
      assertThat(opened.uri().getPath())
          .as("the passphrase it shows still opens it")
          .isNotEqualTo("/unlock");
    } finally {
      running.stop();
    }
  }

  @Test
  void aTakenPortLeavesNoDemoBehind() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliRun run =
          CliRun.of(
              "serve",
              "--demo",
              "--no-browser",
              "--port",
              taken.getLocalPort() + "",
              "--temp",
              temp + "");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("is already in use");
    }
    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void anUnknownStoryIsSaidPlainlyWithTheChoices() {
    CliRun run =
        CliRun.of("serve", "--demo=happy", "--no-browser", "--port", "0", "--temp", temp + "");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "there is no demo story called \"happy\": choose chasing, silence or unsafe (for"
                + " example: walkaway serve --demo=silence)");
    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void ctrlCDeletesTheDemoAndAKilledRunsFolderGoesAtTheNextStart() throws Exception {
    Path hers = home.resolve("vault.db");
    Files.writeString(hers, "her own vault, not to be touched");
    FileTime written = Files.getLastModifiedTime(hers);
    Process stopped = child();
    try (BufferedReader out = reader(stopped)) {
      assertThat(out.readLine()).startsWith("Walkaway is open at http://127.0.0.1:");
      assertThat(out.readLine()).startsWith("This is the demo: an invented story");
      assertThat(demoFolders()).hasSize(1);
      stopped.toHandle().destroy(); // SIGTERM, the same shutdown as Ctrl+C
      assertThat(stopped.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(out.readLine())
          .isEqualTo("Only this computer can reach it. Press Ctrl+C here to stop.");
      assertThat(out.readLine()).isEqualTo("Stopped. The demo is deleted.");
    } finally {
      stopped.destroyForcibly();
    }
    assertThat(demoFolders()).isEmpty();

    Process killed = child();
    try (BufferedReader out = reader(killed)) {
      assertThat(out.readLine()).startsWith("Walkaway is open at");
      killed.destroyForcibly(); // SIGKILL: no chance to clean up
      assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    List<Path> left = demoFolders();
    assertThat(left).hasSize(1);

    ServeCommand.Running next = startInProcess("--demo");
    try {
      assertThat(left.get(0)).doesNotExist();
      assertThat(demoFolders()).containsExactly(next.served().demoFolder().orElseThrow());
    } finally {
      next.stop();
    }
    try (Stream<Path> inHome = Files.list(home)) {
      assertThat(inHome).containsExactly(hers);
    }
    assertThat(hers).hasContent("her own vault, not to be touched");
    assertThat(Files.getLastModifiedTime(hers)).isEqualTo(written);
  }

  private ServeCommand.Running startInProcess(String demo) {
    ServeCommand command = new ServeCommand();
    new CommandLine(command)
        .parseArgs(
            demo, "--port", "0", "--no-browser", "--home", home.toString(), "--temp", temp + "");
    return command.start(new PrintWriter(new StringWriter())).orElseThrow();
  }

  private Process child() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "app.walkaway.Main",
                "serve",
                "--demo",
                "--port",
                "0",
                "--no-browser",
                "--temp",
                temp.toString()));
    // Her vault's folder as she would set it, not as an option: the demo must not look there.
    builder.environment().put("WALKAWAY_HOME", home.toString());
    return builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private List<Path> demoFolders() throws IOException {
    try (Stream<Path> all = Files.list(temp)) {
      return all.filter(p -> p.getFileName().toString().startsWith("walkaway-demo-")).toList();
    }
  }

  private static BufferedReader reader(Process process) {
    return new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(ServeCommand.Running running, String path)
      throws IOException, InterruptedException {
    return client()
        .send(
            HttpRequest.newBuilder(address(running, path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(ServeCommand.Running running, String path, String form)
      throws IOException, InterruptedException {
    return client()
        .send(
            HttpRequest.newBuilder(address(running, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** The CSRF token the page's forms carry, which every POST sends back. */
  private static String csrf(String page) {
    Matcher token = CSRF.matcher(page);
    assertThat(token.find()).as("a csrf field in the page").isTrue();
    return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
  }

  private static URI address(ServeCommand.Running running, String path) {
    return running.app().address().resolve(path);
  }

  /** One browser per test, keeping its session cookie: the guard binds the demo to it. */
  private static HttpClient client() {
    return browser;
  }

  private static HttpClient browser;

  @org.junit.jupiter.api.BeforeEach
  void newBrowser() {
    browser =
        HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }
}
