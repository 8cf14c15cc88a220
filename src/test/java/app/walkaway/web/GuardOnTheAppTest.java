package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.service.VaultPlace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guard as wired into the real app (issue 19), over a real encrypted vault: every POST route of
 * every page refuses a request without the session's token and changes nothing, the same form with
 * the token works, a foreign Host or another site is refused, the session cookie is HttpOnly and
 * SameSite=Strict, and wrong passphrases are counted across a restart of the server.
 */
final class GuardOnTheAppTest {
  /**
   * Every POST the app routes, but Lock and Quick exit (they only ever shut the vault, and are
   * tested on their own below). {@link #theListHoldsEveryPostTheAppRoutes} keeps it whole.
   */
  static final List<String> GUARDED =
      List.of(
          Gate.WELCOME,
          Gate.UNLOCK,
          LockActions.STILL_HERE,
          TodayPage.LOG,
          TodayPage.URGE,
          ReadoutPage.MARK,
          SafetyPage.SCREEN,
          EvidencePage.PATH,
          EvidencePage.VERIFY,
          EvidencePage.MESSAGE,
          EvidencePage.REPORT,
          PlanPage.PATH,
          PlanPage.NAME,
          PlanPage.READINESS,
          PlanPage.MESSAGE,
          ImportPage.PATH,
          ImportPage.START,
          ImportPage.CANCEL,
          SettingsPage.PATH,
          SettingsPage.PASSPHRASE,
          SettingsPage.BACKUP,
          SettingsPage.BACKUP_FOLDER,
          SettingsPage.EXPORT,
          SettingsPage.WIPE,
          SettingsPage.WIPE_CONFIRM,
          OpenPages.PATH);

  private static final Pattern TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  @TempDir Path home;
  private WebApp app;
  private VaultDoor door;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  private Browser openApp() {
    door = Servers.open(home, Duration.ofMinutes(30), Story.WITH_PLAN);
    app = Servers.start(Servers.config(door, Story.WITH_PLAN));
    return new Browser(app.port());
  }

  @Test
  void theListHoldsEveryPostTheAppRoutes() throws IOException {
    String wiring =
        Files.readString(Path.of("src/main/java/app/walkaway/web/Wiring.java"))
            .replaceAll("\\s+", "");
    int posts = wiring.split("routes\\.post\\(", -1).length - 1;
    assertThat(posts).as("POST routes in Wiring (guarded + Lock + Quick exit)").isEqualTo(28);
    assertThat(GUARDED).hasSize(posts - 2).doesNotHaveDuplicates();
  }

  static List<String> guarded() {
    return GUARDED;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("guarded")
  void everyPostIsRefusedWithoutTheTokenOrWithAnotherOne(String path) {
    Browser browser = openApp();
    String token = browser.token("/settings");
    for (String sent : new String[] {null, "", token.substring(1) + "A", "x".repeat(43)}) {
      String body = "confirm=yes&app-name=Taken&kind=contact" + field(sent);
      HttpResponse<String> refused = browser.post(path, body, null);
      assertThat(refused.statusCode()).as(path + " with token " + sent).isEqualTo(403);
      assertThat(refused.body()).contains("Nothing was changed").doesNotContain("Taken");
    }
    assertThat(door.state()).as("still open after " + path).isEqualTo(VaultDoor.State.OPEN);
    assertThat(browser.get("/settings").body()).doesNotContain("Taken");
    assertThat(VaultPlace.in(home).file()).exists();
  }

  @Test
  void anUploadWithoutTheTokenIsRefusedAndLeavesNothing() {
    Browser browser = openApp();
    browser.token("/import");
    String boundary = "b0undary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"chat.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n01/03/2026, 09:00 - Sam: hi\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> refused =
        browser.post("/import", body, "multipart/form-data; boundary=" + boundary);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Servers.uploadsLeft(home)).isZero();
  }

  @Test
  void theSameFormWithItsTokenChangesWhatItSays() {
    Browser browser = openApp();
    String token = browser.token("/settings");
    HttpResponse<String> saved = browser.post("/settings", "app-name=Notes" + field(token), null);
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(browser.get("/settings").body()).contains("<title>Notes");
    HttpResponse<String> header = browser.postWithHeader("/settings", "app-name=Jots", token);
    assertThat(header.statusCode()).isEqualTo(303);
    assertThat(browser.get("/settings").body()).contains("<title>Jots");
  }

  @Test
  void anotherBrowserWithoutTheSessionFindsItLockedAndItsTokenIsWorthNothing() {
    Browser her = openApp();
    String token = her.token("/settings");
    Browser other = new Browser(app.port());
    HttpResponse<String> page = other.get("/settings");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValue(Gate.UNLOCK);
    HttpResponse<String> refused = other.post("/settings", "app-name=Taken" + field(token), null);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(her.get("/settings").body()).doesNotContain("Taken");
  }

  @Test
  void theSessionCookieIsHttpOnlyStrictWholeSiteAndNotSecure() {
    Browser browser = openApp();
    HttpResponse<String> first = browser.get("/today");
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict")
        .contains("Path=/")
        .doesNotContainIgnoringCase("Secure;")
        .doesNotContainIgnoringCase("Domain=");
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1.evil.example:PORT"})
  void aForeignHostIsRefusedOnTheAppsPages(String host) {
    openApp();
    String answer = raw(app.port(), "GET /today", host.replace("PORT", "" + app.port()), null);
    assertThat(answer).startsWith("HTTP/1.1 403").contains("not served here");
    assertThat(answer).doesNotContain("Sam").doesNotContain("Walkaway");
  }

  @Test
  void lockAndQuickExitRefuseAnotherSiteButNeedNoToken() {
    Browser browser = openApp();
    browser.token("/today");
    String foreign = raw(app.port(), "POST /lock", "127.0.0.1:" + app.port(), "http://evil.test");
    assertThat(foreign).startsWith("HTTP/1.1 403");
    assertThat(door.state()).isEqualTo(VaultDoor.State.OPEN);
    HttpResponse<String> locked = browser.post("/exit", "", null);
    assertThat(locked.statusCode()).isLessThan(400);
    assertThat(door.state()).isEqualTo(VaultDoor.State.LOCKED);
  }

  @Test
  void wrongPassphrasesAreCountedAcrossARestartOfTheServer() {
    Story.WITH_PLAN.writeInto(VaultPlace.in(home), Servers.PASSPHRASE);
    door = Servers.fresh(home, Duration.ofMinutes(30));
    app = Servers.start(Servers.config(door, Story.WITH_PLAN));
    Browser browser = new Browser(app.port());
    for (int i = 0; i < 4; i++) {
      String token = browser.token(Gate.UNLOCK);
      HttpResponse<String> wrong =
          browser.post(Gate.UNLOCK, "passphrase=wrong+guess+" + i + field(token), null);
      assertThat(wrong.body()).as("guess " + i).doesNotContain("has to wait");
    }
    app.close();
    door = Servers.fresh(home, Duration.ofMinutes(30));
    app = Servers.start(Servers.config(door, Story.WITH_PLAN));
    browser = new Browser(app.port());
    String token = browser.token(Gate.UNLOCK);
    String right = URLEncoder.encode(Servers.PASSPHRASE, StandardCharsets.UTF_8);
    HttpResponse<String> waited =
        browser.post(Gate.UNLOCK, "passphrase=" + right + field(token), null);
    assertThat(waited.body()).contains("has to wait").doesNotContain(Servers.PASSPHRASE);
    assertThat(door.state()).isEqualTo(VaultDoor.State.LOCKED);
    assertThat(home.resolve("unlock-attempts")).exists();
  }

  private static String field(String token) {
    return token == null ? "" : "&csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  /** One request by hand: java.net.http will not send a foreign Host. */
  private static String raw(int port, String requestLine, String host, String origin) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      String request =
          requestLine
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\n"
              + (origin == null ? "" : "Origin: " + origin + "\r\nSec-Fetch-Site: cross-site\r\n")
              + "Content-Length: 0\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A browser, as far as cookies and redirects go: keeps its cookie, follows no redirect. */
  private static final class Browser {
    private final int port;
    private final HttpClient client;

    Browser(int port) {
      this.port = port;
      this.client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }

    /** Opens a page and reads the token of its forms. */
    String token(String path) {
      String page = get(path).body();
      Matcher m = TOKEN.matcher(page);
      assertThat(m.find()).as("a csrf field on " + path).isTrue();
      return m.group(1);
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, String body, String type) {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", type == null ? "application/x-www-form-urlencoded" : type)
              .header("Origin", "http://127.0.0.1:" + port)
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postWithHeader(String path, String body, String token) {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-CSRF-Token", token)
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
