package app.walkaway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import app.walkaway.security.RawHttp.Multipart;
import app.walkaway.security.RawHttp.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Whatever arrives (any token, any Host, any form, any upload), the guard answers with a page or a
 * plain refusal, never a server error, lets nothing through without the session's token, and leaves
 * no upload behind.
 */
class GuardPropertiesTest {
  @TempDir static Path home;
  private static GuardedServer server;
  private static String cookie;
  private static String token;

  @BeforeAll
  static void serve() {
    server = new GuardedServer(home);
    Response page = server.http().get("/page").send();
    cookie =
        server
            .http()
            .post("/open")
            .form("csrf=" + tokenOf(page))
            .send()
            .sessionCookie()
            .orElseThrow();
    token = tokenOf(server.http().get("/page").header("Cookie", "session=" + cookie).send());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void noOfferedTokenButTheSessionsPasses() {
    qt().withExamples(300)
        .forAll(offers())
        .checkAssert(
            offered -> {
              Response viaForm = change("csrf=" + offered + "&other=1", null);
              assertThat(viaForm.status()).as(offered).isIn(403, 413);
              if (!offered.strip().equals(token)) { // HTTP drops a header value's outer spaces
                assertThat(change("x=1", offered).status()).as(offered).isEqualTo(403);
              }
            });
  }

  @Test
  void noOtherHostIsServed() {
    qt().withExamples(300)
        .forAll(headerValues())
        .assuming(host -> !HostRule.isOurs(host, server.port()))
        .checkAssert(
            host -> {
              Response refused = server.http().get("/page").header("Host", host).send();
              assertThat(refused.status()).as(host).isBetween(400, 499);
              assertThat(refused.body()).doesNotContain("token=");
            });
  }

  @Test
  void anyFormIsAnsweredWithoutAServerError() {
    qt().withExamples(300)
        .forAll(formBodies())
        .checkAssert(
            body -> {
              Response response = change(body + "&csrf=" + token, null);
              assertThat(response.status()).as(body).isIn(200, 400, 403, 413);
            });
  }

  @Test
  void anyUploadIsAnsweredWithoutAServerErrorAndLeavesNothing() {
    qt().withExamples(150)
        .forAll(uploads(), integers().between(0, 2))
        .checkAssert(
            (bytes, withToken) -> {
              RawHttp request = server.http().post("/upload").header("Cookie", "session=" + cookie);
              if (withToken == 1) {
                request.header(Guard.HEADER, token);
              }
              byte[] body =
                  withToken == 2
                      ? new Multipart().field("csrf", token).file("f", "a", bytes).bytes()
                      : bytes;
              request.header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY);
              Response response = send(request, body);
              assertThat(response.status()).isIn(200, 400, 403, 413);
            });
    assertThat(GuardedServer.count(server.incoming())).isZero();
  }

  private static Response send(RawHttp request, byte[] body) {
    return request.rawBody(body).send();
  }

  private static Response change(String form, String header) {
    RawHttp request = server.http().post("/change").header("Cookie", "session=" + cookie);
    if (header != null) {
      request.header(Guard.HEADER, header);
    }
    return request.form(form).send();
  }

  /** Tokens a guesser might try: random, near misses of the real one, encodings, nothing. */
  private static Gen<String> offers() {
    Gen<String> random =
        strings().basicLatinAlphabet().ofLengthBetween(0, 60).map(RawHttp::headerSafe);
    Gen<String> nearMiss =
        integers()
            .between(0, 42)
            .zip(
                strings().betweenCodePoints('0', 'z').ofLength(1),
                (at, c) -> {
                  String flipped = token.substring(0, at) + c + token.substring(at + 1);
                  return flipped.equals(token) ? flipped + "x" : flipped;
                });
    Gen<String> shapes =
        arbitrary()
            .pick(
                List.of(
                    "",
                    "null",
                    "undefined",
                    "%00",
                    token.toLowerCase(),
                    token.substring(0, 42),
                    token + " ",
                    " " + token,
                    token + token,
                    "csrf"))
            .assuming(s -> !s.equals(token));
    return random.mix(nearMiss, 40).mix(shapes, 20);
  }

  private static Gen<String> headerValues() {
    return strings().allPossible().ofLengthBetween(0, 40).map(RawHttp::headerSafe);
  }

  private static Gen<String> formBodies() {
    return lists()
        .of(strings().ascii().ofLengthBetween(0, 30))
        .ofSizeBetween(0, 8)
        .map(parts -> String.join("&", parts).replace("\r", "").replace("\n", ""));
  }

  private static Gen<byte[]> uploads() {
    return lists()
        .of(integers().between(0, 255))
        .ofSizeBetween(0, 400)
        .map(
            list -> {
              byte[] bytes = new byte[list.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (int) list.get(i);
              }
              return bytes;
            })
        .mix(
            strings()
                .ascii()
                .ofLengthBetween(0, 200)
                .map(
                    s ->
                        ("--" + Multipart.BOUNDARY + "\r\n" + s)
                            .getBytes(StandardCharsets.ISO_8859_1)),
            50);
  }

  private static String tokenOf(Response page) {
    return page.body().substring("token=".length(), page.body().indexOf(' '));
  }
}
