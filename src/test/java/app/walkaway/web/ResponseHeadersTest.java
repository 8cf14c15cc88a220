package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = app.address().resolve(path);
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
