package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code walkaway serve}: where it listens, a taken port, and stopping on a signal. */
class ServeCommandTest {
  @TempDir Path home;

  @Test
  void aTakenPortIsSaidPlainlyWithWhatToDo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      CliRun run =
          CliRun.of("serve", "--port", "" + port, "--no-browser", "--home", home.toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err().strip())
          .isEqualTo(
              "walkaway: port "
                  + port
                  + " on this computer is already in use, perhaps by Walkaway itself in another"
                  + " window (then open http://127.0.0.1:"
                  + port
                  + "/ in your browser). Or choose another port: walkaway serve --port "
                  + (port + 1));
    }
  }

  @Test
  void servesOnLoopbackUntilStoppedThenSaysTheVaultIsLocked() throws Exception {
    Process child = start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      assertThat(first).startsWith("Walkaway is open at http://127.0.0.1:");
      URI address = URI.create(first.substring("Walkaway is open at ".length()));
      assertThat(out.readLine())
          .isEqualTo(
              "Only this computer can reach it. Press Ctrl+C here to stop; your vault locks.");

      HttpResponse<String> welcome = get(address.resolve("/welcome"));
      assertThat(welcome.statusCode()).isEqualTo(200);
      assertThat(welcome.body()).contains("Choose a passphrase");

      child.toHandle().destroy(); // SIGTERM (same shutdown as Ctrl+C); keeps our end of stdout open
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(out.readLine()).isEqualTo("Stopped. Your vault is locked.");
    } finally {
      child.destroyForcibly();
    }
  }

  private Process start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "app.walkaway.Main",
                "serve",
                "--port",
                "0",
                "--no-browser",
                "--home",
                home.toString()))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
