package app.walkaway.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.security.RawHttp.Response;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard on a real server: Host, other sites, the session and its CSRF token. */
class GuardTest {
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

  @ParameterizedTest
  @ValueSource(strings = {"attacker.example", "attacker.example:PORT", "127.0.0.1:1"})
  void aForeignHostIsRefusedAndTold(String host) {
    Response refused =
        server.http().get("/page").header("Host", host.replace("PORT", "" + server.port())).send();
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body())
        .contains("This address is not served here.")
        .doesNotContain("token")
        .doesNotContain("/assets/");
  }

  @Test
  void itsOwnHostIsServedByNumberOrName() {
    assertThat(server.http().get("/page").send().status()).isEqualTo(200);
    Response byName =
        server.http().get("/page").header("Host", "localhost:" + server.port()).send();
    assertThat(byName.status()).isEqualTo(200);
  }

  @Test
  void beforeUnlockTheFormsCarryTheDoorTokenAndNoCookieIsSet() {
    Response page = server.http().get("/page").send();
    assertThat(page.all("set-cookie")).isEmpty();
    assertThat(page.body()).endsWith("holder=false");
    Response opened = post("/open", token(page), null);
    assertThat(opened.body()).isEqualTo("opened");
    assertThat(opened.sessionCookie()).isPresent();
  }

  @Test
  void theSessionCookieIsHttpOnlyStrictAndForThisHostOnly() {
    String cookie =
        open().all("set-cookie").stream().filter(c -> c.startsWith("session=")).findFirst().get();
    assertThat(cookie)
        .matches("session=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Strict")
        .doesNotContainIgnoringCase("domain")
        .doesNotContainIgnoringCase("max-age")
        .doesNotContainIgnoringCase("expires");
  }

  @Test
  void everyPostNeedsTheSessionsToken() {
    Response opened = open();
    String cookie = opened.sessionCookie().orElseThrow();
    String token = token(page(cookie));
    assertThat(post("/change", token, cookie).body()).isEqualTo("changed");
    assertThat(post("/change", null, cookie).status()).isEqualTo(403);
    assertThat(post("/change", token.substring(1) + "x", cookie).status()).isEqualTo(403);
    assertThat(post("/change", token, null).status()).as("token without cookie").isEqualTo(403);
    Response byHeader =
        server
            .http()
            .post("/change")
            .header("Cookie", "session=" + cookie)
            .header(Guard.HEADER, token)
            .send();
    assertThat(byHeader.body()).isEqualTo("changed");
  }

  @Test
  void aRefusedFormSaysNothingChangedAndNamesNothing() {
    Response refused = post("/change", "not-the-token", null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body())
        .contains("nothing was changed")
        .contains("href=\"/\"")
        .doesNotContain("not-the-token")
        .doesNotContainIgnoringCase("walkaway")
        .doesNotContain("<script")
        .doesNotContain("style=");
  }

  @Test
  void anHtmxRequestRefusedReloadsItsPage() {
    Response refused =
        server.http().post("/change").header("HX-Request", "true").form("csrf=old").send();
    assertThat(refused.header("HX-Refresh")).hasValue("true");
  }

  @Test
  void lockingEndsTheSessionItsCookieAndItsToken() {
    String cookie = open().sessionCookie().orElseThrow();
    String token = token(page(cookie));
    Response locked = post("/lock", null, cookie);
    assertThat(locked.body()).as("locking needs no token").isEqualTo("locked");
    assertThat(locked.all("set-cookie"))
        .contains("session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict");
    server.open.set(true); // even if the vault were open again by other means
    assertThat(page(cookie).body()).endsWith("holder=false");
    assertThat(post("/change", token, cookie).status()).isEqualTo(403);
  }

  @Test
  void aVaultThatLockedOnItsOwnTakesTheSessionWithIt() {
    String cookie = open().sessionCookie().orElseThrow();
    server.open.set(false); // the idle lock
    assertThat(page(cookie).body()).endsWith("holder=false");
    server.open.set(true);
    assertThat(page(cookie).body()).endsWith("holder=false");
  }

  @Test
  void unlockingAgainEndsTheOtherBrowsersSession() {
    String first = open().sessionCookie().orElseThrow();
    String second = open().sessionCookie().orElseThrow();
    assertThat(page(first).body()).endsWith("holder=false");
    assertThat(page(second).body()).endsWith("holder=true");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sec-Fetch-Site: cross-site",
        "Sec-Fetch-Site: same-site",
        "Origin: http://attacker.example",
        "Origin: http://localhost:1",
        "Referer: http://attacker.example/page"
      })
  void aChangeFromAnotherSiteIsRefusedEvenWithTheRightTokenAndCookie(String header) {
    String cookie = open().sessionCookie().orElseThrow();
    String token = token(page(cookie));
    String[] nameValue = header.split(": ", 2);
    for (String path : new String[] {"/change", "/lock"}) {
      Response refused =
          server
              .http()
              .post(path)
              .header("Cookie", "session=" + cookie)
              .header(nameValue[0], nameValue[1])
              .form("csrf=" + token)
              .send();
      assertThat(refused.status()).as(path).isEqualTo(403);
      assertThat(refused.body()).contains("Another website sent this request");
    }
    assertThat(server.open.get()).as("the lock did not run").isTrue();
  }

  @Test
  void ourOwnFormPostsPassWithOriginNull() {
    String cookie = open().sessionCookie().orElseThrow();
    Response ok =
        server
            .http()
            .post("/change")
            .header("Cookie", "session=" + cookie)
            .header("Origin", "null")
            .header("Sec-Fetch-Site", "same-origin")
            .form("csrf=" + token(page(cookie)))
            .send();
    assertThat(ok.body()).isEqualTo("changed");
  }

  @Test
  void anotherSiteCannotEmbedOrFetchAPageButCanLinkToIt() {
    Response embedded =
        server
            .http()
            .get("/page")
            .header("Sec-Fetch-Site", "cross-site")
            .header("Sec-Fetch-Mode", "no-cors")
            .send();
    assertThat(embedded.status()).isEqualTo(403);
    Response linked =
        server
            .http()
            .get("/page")
            .header("Sec-Fetch-Site", "cross-site")
            .header("Sec-Fetch-Mode", "navigate")
            .send();
    assertThat(linked.status()).isEqualTo(200);
  }

  @Test
  void aFormLargerThanTheLimitIsRefusedBeforeItIsRead() {
    String cookie = open().sessionCookie().orElseThrow();
    String big =
        "csrf=" + token(page(cookie)) + "&text=" + "a".repeat((int) GuardedServer.FORM_LIMIT);
    Response refused =
        server.http().post("/change").header("Cookie", "session=" + cookie).form(big).send();
    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.body()).contains("nothing was stored");
  }

  @Test
  void aBrokenFormIsAnsweredPlainly() {
    String cookie = open().sessionCookie().orElseThrow();
    String token = token(page(cookie));
    for (String form : new String[] {"a=%zz&csrf=" + token, "%", "csrf=%E0%A4%A", "=&&=="}) {
      Response response =
          server.http().post("/change").header("Cookie", "session=" + cookie).form(form).send();
      assertThat(response.status()).as(form).isIn(200, 403);
    }
  }

  private Response open() {
    Response page = server.http().get("/page").send();
    return post("/open", token(page), null);
  }

  private Response page(String cookie) {
    return server.http().get("/page").header("Cookie", "session=" + cookie).send();
  }

  private Response post(String path, String token, String cookie) {
    RawHttp request = server.http().post(path);
    if (cookie != null) {
      request.header("Cookie", "session=" + cookie);
    }
    return request.form(token == null ? "x=1" : "csrf=" + token).send();
  }

  private static String token(Response page) {
    String body = page.body();
    return body.substring("token=".length(), body.indexOf(' '));
  }
}
