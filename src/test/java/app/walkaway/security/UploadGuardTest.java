package app.walkaway.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.security.RawHttp.Multipart;
import app.walkaway.security.RawHttp.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads: read only for the open vault's session, written only inside the vault's folder, held to
 * a limit with a plain message, and gone once the request is over.
 */
class UploadGuardTest {
  private static final Path SYSTEM_TEMP = Path.of(System.getProperty("java.io.tmpdir"));

  @TempDir Path home;
  private GuardedServer server;
  private Set<String> systemTempBefore;

  @BeforeEach
  void serve() throws IOException {
    server = new GuardedServer(home);
    systemTempBefore = multipartTemps();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    assertThat(multipartTemps())
        .as("nothing written to the system's temp folder")
        .isSubsetOf(systemTempBefore);
  }

  @Test
  void aStrangersUploadIsNeverRead() {
    Response refused = upload(null, Tokens.fresh(), file(200_000));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(GuardedServer.count(server.incoming())).isZero();
  }

  @Test
  void herUploadIsWrittenInsideTheVaultsFolderAndGoneAfterwards() throws InterruptedException {
    Session session = open();
    Response received = upload(session.cookie, session.token, file(300_000));
    assertThat(received.body()).isEqualTo("received 300000 bytes; incoming 1");
    assertEmptiedSoon(server.incoming());
  }

  @Test
  void aWrongTokenLeavesNothingBehind() {
    Session session = open();
    Response refused = upload(session.cookie, Tokens.fresh(), file(300_000));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).contains("nothing was changed");
    assertThat(GuardedServer.count(server.incoming())).isZero();
  }

  @Test
  void tooLargeWithItsTokenGoesOnUnreadToItsPageAndWritesNothing() {
    Session session = open();
    Response passed =
        upload(session.cookie, session.token, file((int) GuardedServer.UPLOAD_LIMIT + 1));
    assertThat(passed.status()).isEqualTo(200);
    assertThat(passed.body()).isEqualTo("too large, left unread");
    assertThat(GuardedServer.count(server.incoming())).isZero();
  }

  @Test
  void tooLargeWithoutItsTokenIsRefusedBeforeAnythingIsWritten() {
    Session session = open();
    for (String token : new String[] {Tokens.fresh(), ""}) {
      Response refused = upload(session.cookie, token, file((int) GuardedServer.UPLOAD_LIMIT + 1));
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.body()).contains("nothing was changed");
    }
    Response fileFirst =
        server
            .http()
            .post("/upload")
            .header("Cookie", "session=" + session.cookie)
            .multipart(
                new Multipart()
                    .file("files", "chat.txt", file((int) GuardedServer.UPLOAD_LIMIT + 1))
                    .field("csrf", session.token))
            .send();
    assertThat(fileFirst.status()).as("the token after the file is not looked for").isEqualTo(403);
    assertThat(GuardedServer.count(server.incoming())).isZero();
  }

  @Test
  void tooLargeWithoutALengthIsStoppedWhileItArrives() {
    Session session = open();
    Response refused =
        server
            .http()
            .post("/upload")
            .header("Cookie", "session=" + session.cookie)
            .multipart(
                new Multipart()
                    .field("csrf", session.token)
                    .file("files", "chat.txt", file((int) GuardedServer.UPLOAD_LIMIT * 2)))
            .chunked()
            .send();
    assertThat(refused.status()).isEqualTo(413);
    assertThat(leftAfterCleanUp()).isZero();
  }

  /**
   * What is left in the upload folder once the server has cleaned up: the refusal can reach the
   * client a moment before the half-received part is deleted, so this waits up to five seconds.
   */
  private long leftAfterCleanUp() {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    long left = GuardedServer.count(server.incoming());
    while (left > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      left = GuardedServer.count(server.incoming());
    }
    return left;
  }

  @Test
  void leftoversOfACrashAreRemovedWhenTheServerStarts() throws IOException {
    server.close();
    Path incoming = home.resolve(GuardSettings.INCOMING);
    Files.createDirectories(incoming.resolve("job-1"));
    Files.writeString(incoming.resolve("job-1").resolve("chat.txt"), "half an upload");
    Files.writeString(incoming.resolve("MultiPart123.tmp"), "half a part");
    server = new GuardedServer(home);
    assertThat(GuardedServer.count(incoming)).isZero();
    assertThat(home).exists();
  }

  @Test
  void theTokenMayComeAsAHeader() {
    Session session = open();
    Response received =
        server
            .http()
            .post("/upload")
            .header("Cookie", "session=" + session.cookie)
            .header(Guard.HEADER, session.token)
            .multipart(new Multipart().file("files", "chat.txt", file(100_000)))
            .send();
    assertThat(received.body()).startsWith("received 100000 bytes");
  }

  /**
   * Jetty deletes an upload's files once the response is sent, a moment after the client has it.
   */
  private static void assertEmptiedSoon(Path folder) throws InterruptedException {
    for (int i = 0; i < 50 && GuardedServer.count(folder) > 0; i++) {
      Thread.sleep(100);
    }
    assertThat(GuardedServer.count(folder)).isZero();
  }

  private Response upload(String cookie, String token, byte[] content) {
    RawHttp request = server.http().post("/upload");
    if (cookie != null) {
      request.header("Cookie", "session=" + cookie);
    }
    return request
        .multipart(new Multipart().field("csrf", token).file("files", "chat.txt", content))
        .send();
  }

  private record Session(String cookie, String token) {}

  private Session open() {
    String door = tokenOf(server.http().get("/page").send());
    Response opened = server.http().post("/open").form("csrf=" + door).send();
    String cookie = opened.sessionCookie().orElseThrow();
    return new Session(
        cookie, tokenOf(server.http().get("/page").header("Cookie", "session=" + cookie).send()));
  }

  private static String tokenOf(Response page) {
    return page.body().substring("token=".length(), page.body().indexOf(' '));
  }

  private static byte[] file(int size) {
    byte[] line =
        "01/02/2024, 21:04 - Sam: sorry about the other night\n".getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[size];
    for (int i = 0; i < size; i++) {
      content[i] = line[i % line.length];
    }
    return content;
  }

  private static Set<String> multipartTemps() throws IOException {
    try (Stream<Path> files = Files.list(SYSTEM_TEMP)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.toLowerCase().contains("multipart"))
          .collect(Collectors.toSet());
    }
  }
}
