package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.service.VaultPlace;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app she opened: its pages say they are open, closing the last one ends the serving (real
 * Chromium), and a second opening finds the page already served. {@code walkaway serve} has none of
 * it.
 */
class AppModeBrowserTest {
  /** Keeps the page's session cookie, as her browser does: the guard binds the token to it. */
  private static final HttpClient HTTP =
      HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static Chromium chromium;
  @TempDir Path home;

  @BeforeAll
  static void launch() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void quit() {
    chromium.close();
  }

  @Test
  void closingTheLastPageEndsTheServingAndGoingFromPageToPageDoesNot() throws Exception {
    WebApp app =
        Servers.start(
            WebConfig.of(Servers.fresh(home, Duration.ofMinutes(15))).withPort(0).withApp(true));
    CountDownLatch closed = new CountDownLatch(1);
    app.whenPagesClosed(closed::countDown);
    try {
      try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/welcome")) {
        visit.page.navigate(app.address().resolve("/notes").toString());
        visit.go("/welcome");
        assertThat(visit.requests()).anyMatch(url -> url.endsWith(OpenPages.PATH));
        assertThat(closed.await(OpenPages.GRACE.toSeconds() + 3, TimeUnit.SECONDS))
            .as("still serving while a page is open, past the grace after each page it left")
            .isFalse();
        visit.assertClean();
      }
      assertThat(closed.await(OpenPages.GRACE.toSeconds() + 10, TimeUnit.SECONDS))
          .as("stopped once the page closed")
          .isTrue();
    } finally {
      app.close();
    }
  }

  @Test
  void aSecondOpeningFindsThePageAlreadyServedUntilItStops() throws Exception {
    VaultPlace place = VaultPlace.in(home);
    WebApp app =
        Servers.start(
            WebConfig.of(Servers.fresh(home, Duration.ofMinutes(15))).withPort(0).withApp(true));
    try {
      assertThat(WebApp.alreadyServing(place)).contains(app.address());
      String welcome = get(app, "/welcome").body();
      assertThat(welcome).contains("<script src=\"/assets/alive.js\" defer>");
      java.util.regex.Matcher token = TOKEN.matcher(welcome);
      assertThat(token.find()).as("the page's token").isTrue();
      String csrf = "csrf=" + token.group(1) + "&";
      assertThat(post(app, "page=abcdef0123456789").statusCode()).as("no token").isEqualTo(403);
      assertThat(post(app, csrf + "page=abcdef0123456789").statusCode()).isEqualTo(204);
      assertThat(post(app, csrf + "page=abcdef0123456789&gone=1").statusCode()).isEqualTo(204);
      assertThat(post(app, csrf + "page=%3Cscript%3E").statusCode()).isEqualTo(400);
      assertThat(post(app, csrf).statusCode()).isEqualTo(400);
    } finally {
      app.close();
    }
    assertThat(WebApp.alreadyServing(place)).isEmpty();
    assertThat(home.resolve(ServingNote.FILE)).doesNotExist();
  }

  @Test
  void aNoteNobodyAnswersIsNotBelieved() throws Exception {
    Files.writeString(home.resolve(ServingNote.FILE), "http://127.0.0.1:9/\nsome-token\n");
    assertThat(WebApp.alreadyServing(VaultPlace.in(home))).isEmpty();

    WebApp app =
        Servers.start(WebConfig.of(Servers.fresh(home, Duration.ofMinutes(15))).withPort(0));
    try {
      // Another server's note (here: the same address, another token) is not this one's.
      Files.writeString(home.resolve(ServingNote.FILE), app.address() + "\nanother-token\n");
      assertThat(WebApp.alreadyServing(VaultPlace.in(home))).isEmpty();
    } finally {
      app.close();
    }
  }

  @Test
  void walkawayServeHasNoneOfIt() throws Exception {
    WebApp app =
        Servers.start(WebConfig.of(Servers.fresh(home, Duration.ofMinutes(15))).withPort(0));
    try {
      assertThat(get(app, "/welcome").body()).doesNotContain("alive.js");
      assertThat(post(app, "page=abcdef0123456789").statusCode()).isNotEqualTo(204);
      assertThat(WebApp.alreadyServing(VaultPlace.in(home))).contains(app.address());
    } finally {
      app.close();
    }
  }

  private static HttpResponse<String> get(WebApp app, String path)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(app.address().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(WebApp app, String form)
      throws IOException, InterruptedException {
    URI alive = app.address().resolve(OpenPages.PATH);
    return HTTP.send(
        HttpRequest.newBuilder(alive)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
