package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every response, page or asset or error, passes the one header step. */
class ResponseHeadersTest {
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path home;
  private WebApp app;

  @BeforeEach
  void serve() {
    app = Servers.start(WebConfig.of(Servers.fresh(home, Duration.ofMinutes(15))).withPort(0));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/welcome",
        "/notes",
        "/no-such-page",
        "/assets/app.css",
        "/assets/app.js",
        "/webjars/htmx.org/2.0.10/dist/htmx.min.js"
      })
  void carriesThePolicyAndIsNeverStored(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).isIn(200, 303, 404);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValue(ResponseHeaders.POLICY);
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/lock", "/exit", "/still-here"})
  void stateChangesAnswerOnlyToPost(String path) throws IOException, InterruptedException {
    app.close();
    VaultDoor door = Servers.open(home.resolve("open"), Duration.ofMinutes(15));
    app = Servers.start(WebConfig.of(door).withPort(0));
    assertThat(get(path).statusCode()).isEqualTo(404);
    assertThat(door.state()).isEqualTo(VaultDoor.State.OPEN);
  }

  /**
   * Every kind of response of an open vault, through her own cookie: pages, a redirect, a POST's
   * answer, a download, assets, the app's 404, the guard's refusals, and Jetty's own error for a
   * request it cannot parse. Each carries every header of the one step.
   */
  @Test
  void everyKindOfResponseCarriesEveryHeader() throws IOException, InterruptedException {
    app.close();
    VaultDoor door = Servers.open(home.resolve("open"), Duration.ofMinutes(15), Story.WITH_PLAN);
    app = Servers.start(Servers.config(door, Story.WITH_PLAN));
    HttpClient her =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String page = send(her, request("/today").GET()).body();
    Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).isTrue();
    Map<String, HttpRequest.Builder> kinds = new LinkedHashMap<>();
    for (String path :
        List.of("/today", "/readout", "/insights", "/timeline", "/plan", "/import", "/safety")) {
      kinds.put("page " + path, request(path).GET());
    }
    kinds.put("page HEAD", request("/settings").method("HEAD", BodyPublishers.noBody()));
    kinds.put("redirect", request("/").GET());
    kinds.put("asset", request("/assets/app.css").GET());
    kinds.put("webjar", request("/webjars/htmx.org/2.0.10/dist/htmx.min.js").GET());
    kinds.put("404", request("/no-such-page").GET());
    kinds.put("405", request("/lock").GET());
    kinds.put("POST answer", form("/settings", "app-name=&csrf=" + token.group(1)));
    kinds.put("download", form("/settings/backup", "csrf=" + token.group(1)));
    kinds.put("refused: no token", form("/settings", "app-name=x"));
    kinds.put(
        "refused: other site",
        form("/settings", "csrf=" + token.group(1)).header("Origin", "http://evil.test"));
    Map<String, Integer> statuses = new LinkedHashMap<>();
    kinds.forEach(
        (kind, request) -> {
          HttpResponse<String> response = send(her, request);
          statuses.put(kind, response.statusCode());
          assertHeaders(kind, response.headers().map());
        });
    assertThat(statuses.values()).contains(200, 303, 403, 404);
    // Too long a body, said by its length and never sent: the server's early refusal cannot turn
    // into a broken pipe on a loaded machine, as a client still sending the body once saw.
    String tooLong =
        raw(
            "POST /settings HTTP/1.1\r\nHost: 127.0.0.1:"
                + app.port()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + (4 << 20));
    assertThat(tooLong).matches("(?s)HTTP/1.1 4\\d\\d .*");
    assertHeaders("refused: too long", rawHeaders(tooLong));
    String jettys = raw("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1:" + app.port());
    assertThat(jettys).startsWith("HTTP/1.1 400");
    assertHeaders("Jetty's own 400", rawHeaders(jettys));
    String foreign = raw("GET /today HTTP/1.1\r\nHost: evil.example");
    assertThat(foreign).startsWith("HTTP/1.1 403");
    assertHeaders("foreign Host", rawHeaders(foreign));
  }

  private static void assertHeaders(String kind, Map<String, List<String>> headers) {
    Map<String, List<String>> lower = new HashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    ResponseHeaders.ALL.forEach(
        (name, value) ->
            assertThat(lower.get(name.toLowerCase(Locale.ROOT)))
                .as(kind + ": " + name)
                .containsExactly(value));
    String policy = lower.get("content-security-policy").get(0);
    assertThat(policy)
        .as(kind)
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval")
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(app.address().resolve(path)).timeout(Duration.ofSeconds(30));
  }

  private HttpRequest.Builder form(String path, String body) {
    return request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString(body));
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request by hand, for what java.net.http will not send (a foreign Host, a broken path). */
  private String raw(String head) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, List<String>> rawHeaders(String response) {
    Map<String, List<String>> headers = new HashMap<>();
    String head = response.substring(0, response.indexOf("\r\n\r\n"));
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
    }
    return headers;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = app.address().resolve(path);
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
