package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Starts a server for a test over a real encrypted vault in a temporary folder, and insists it
 * started. No fake of our own storage: the pages read through the service as they do for her.
 */
final class Servers {
  static final String PASSPHRASE = "correct horse battery";

  private Servers() {}

  static WebApp start(WebConfig config) {
    Startup startup = WebApp.start(config);
    assertThat(startup).isInstanceOf(Startup.Running.class);
    return ((Startup.Running) startup).app();
  }

  /** A door to a folder with no vault yet (first run). */
  static VaultDoor fresh(Path home, Duration idle) {
    return new VaultDoor(VaultPlace.in(home), SessionSettings.defaults().withIdleLock(idle));
  }

  /** A door to a new, empty vault, open as after unlocking. */
  static VaultDoor open(Path home, Duration idle) {
    VaultDoor door = fresh(home, idle);
    assertThat(door.create(PASSPHRASE.toCharArray())).isInstanceOf(VaultDoor.Opened.class);
    return door;
  }

  /** A door to a vault that holds {@code story}, open. */
  static VaultDoor open(Path home, Duration idle, Story story) {
    story.writeInto(VaultPlace.in(home), PASSPHRASE);
    VaultDoor door = fresh(home, idle);
    assertThat(door.unlock(PASSPHRASE.toCharArray())).isInstanceOf(VaultDoor.Opened.class);
    return door;
  }

  /** Files left in the folder where uploads and downloads wait beside the vault. */
  static long uploadsLeft(Path home) {
    Path incoming = home.resolve(Wiring.INCOMING);
    if (!Files.exists(incoming)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(incoming)) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The usual test server: port chosen by the system, the story's clock. */
  static WebConfig config(VaultDoor door, Story story) {
    return WebConfig.of(door).withPort(0).withClock(story.clock());
  }
}
