package app.walkaway.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.security.RawHttp.Response;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests Jetty refuses before the app sees them still get the app's headers and a plain page. */
class PlainErrorsTest {
  @TempDir Path home;
  private GuardedServer server;

  @BeforeEach
  void serve() {
    server = new GuardedServer(home);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aBlankHost() {
    assertPlain(server.http().get("/page").header("Host", "").send());
  }

  @Test
  void aMalformedAddress() {
    assertPlain(server.http().get("/%%/<script>alert(1)</script>").send());
  }

  @Test
  void headersTooLarge() {
    assertPlain(server.http().get("/page").header("X-Big", "a".repeat(64 * 1024)).send());
  }

  private static void assertPlain(Response response) {
    assertThat(response.status()).isBetween(400, 499);
    GuardedServer.HEADERS.forEach(
        (name, value) -> assertThat(response.header(name)).as(name).hasValue(value));
    assertThat(response.body())
        .contains("This request could not be read.")
        .doesNotContainIgnoringCase("jetty")
        .doesNotContain("<script>")
        .doesNotContain("/page");
  }
}
